/// Where a session stands: planned until attendance closes it (held), or cancelled with a reason.
public enum SessionStatus: String, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case planned
    case held
    case cancelled

    /// The stable English word, as machine output and the database write it.
    public var description: String { rawValue }
}
