/// What importing a roster changed (or, in a dry run, would change).
public struct RosterImportResult: Sendable, Equatable, Encodable {
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    /// `false` for a dry run.
    public var applied: Bool

    public init(added: Int, changed: Int, unchanged: Int, applied: Bool) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.applied = applied
    }
}
