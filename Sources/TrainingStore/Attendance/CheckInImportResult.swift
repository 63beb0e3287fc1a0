/// What a check-in log did.
public struct CheckInImportResult: Sendable, Encodable {
    /// Lines of the log.
    public var checkIns: Int
    /// Sessions they were matched to.
    public var sessions: Int
    /// Delegates and sessions the log makes present or late (a delegate's earliest check-in decides).
    public var present: Int
    public var late: Int
    public var changes: ChangeCounts
}
