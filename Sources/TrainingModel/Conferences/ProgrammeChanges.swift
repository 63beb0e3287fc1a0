/// What replacing a conference's programme from a file did: sessions kept at their start (unchanged or with a
/// new title, speaker or end), new ones, and those removed because the file no longer has them.
public struct ProgrammeChanges: Hashable, Sendable, Codable {
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    public var removed: Int

    public init(added: Int, changed: Int, unchanged: Int, removed: Int) {
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.removed = removed
    }
}
