/// What a write changed, row by row: venues, rooms or lecturers saved by code, attendance marks.
public struct ChangeCounts: Sendable, Equatable, Codable {
    public var added: Int
    public var changed: Int
    public var unchanged: Int

    public init(added: Int, changed: Int, unchanged: Int) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
    }

    /// Compares each key's row before and after the write.
    init(keys: [String], before: [String: String], after: [String: String]) {
        let added = keys.filter { before[$0] == nil }.count
        let changed = keys.filter { before[$0] != nil && before[$0] != after[$0] }.count
        self.init(added: added, changed: changed, unchanged: keys.count - added - changed)
    }
}
