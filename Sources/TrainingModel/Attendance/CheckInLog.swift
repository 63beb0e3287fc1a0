/// A check-in log as read: the check-ins of its good rows, and a problem for each bad one. The good rows
/// still go on to be matched to sessions, so that one run reports every problem of the file.
public struct CheckInLog: Sendable {
    public var checkIns: [CheckIn]
    public var problems: [Diagnostic]

    public init(checkIns: [CheckIn], problems: [Diagnostic] = []) {
        self.checkIns = checkIns
        self.problems = problems
    }
}
