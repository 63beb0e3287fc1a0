/// One line of a check-in log: who checked in, when, and where in the file, so that a check-in the
/// database cannot match is reported at its line and column.
public struct CheckIn: Hashable, Sendable {
    public var delegateCode: String
    public var time: CheckInTime
    public var line: Int
    public var codeColumn: Int
    public var timeColumn: Int

    public init(delegateCode: String, time: CheckInTime, line: Int, codeColumn: Int, timeColumn: Int) {
        self.delegateCode = delegateCode
        self.time = time
        self.line = line
        self.codeColumn = codeColumn
        self.timeColumn = timeColumn
    }
}
