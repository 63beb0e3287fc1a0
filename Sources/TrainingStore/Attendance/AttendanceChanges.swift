/// What a marking or an import did to the attendance of the sessions it touched.
public struct AttendanceChanges: Sendable, Equatable, Encodable {
    /// Delegates marked for the first time.
    public var added: Int
    /// Marks that changed.
    public var changed: Int
    /// Marks that were already what the request said.
    public var unchanged: Int

    public init(added: Int, changed: Int, unchanged: Int) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
    }
}
