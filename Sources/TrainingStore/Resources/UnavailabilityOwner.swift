/// Whose period of unavailability it is: a lecturer on leave, or a room closed (for works, an event).
public enum UnavailabilityOwner: Sendable, CustomStringConvertible {
    case lecturer(code: String)
    /// Room `room` of venue `venue`, written `VENUE/ROOM`.
    case room(venue: String, room: String)

    /// `HN/P1` as room P1 of venue HN; nil without both parts.
    public static func room(named text: String) -> UnavailabilityOwner? {
        let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return .room(venue: parts[0], room: parts[1])
    }

    public var description: String {
        switch self {
        case .lecturer(let code): "lecturer \(code)"
        case .room(let venue, let room): "room \(venue)/\(room)"
        }
    }
}
