import TrainingModel

/// What importing a roster changed (or, in a dry run, would change).
public struct RosterImportResult: Sendable, Equatable, Encodable {
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    /// `false` for a dry run.
    public var applied: Bool
    /// Field by field, what changes in the delegates already stored; listed when asked for (a dry run).
    public var changes: [DelegateFieldChange]

    public init(added: Int, changed: Int, unchanged: Int, applied: Bool, changes: [DelegateFieldChange] = []) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.applied = applied
        self.changes = changes
    }
}

/// One field of one stored delegate that a roster changes: `T001 first_time: true → false`.
public struct DelegateFieldChange: Sendable, Equatable, Encodable {
    /// The roster's line.
    public var line: Int
    public var code: String
    public var field: DelegateField
    /// The stored value as text, `nil` when empty.
    public var before: String?
    /// The roster's value as text, `nil` when the roster clears it.
    public var after: String?

    public init(line: Int, code: String, field: DelegateField, before: String?, after: String?) {
        self.line = line
        self.code = code
        self.field = field
        self.before = before
        self.after = after
    }
}
