/// A room of a venue (phòng), named `VENUE/ROOM` in messages.
public struct Room: Hashable, Sendable, Codable {
    public var venueCode: String
    public var code: String
    public var name: String
    public var capacity: Int
    /// Where in the venue: a building, a floor (`Nhà A, tầng 2`).
    public var zone: String?
    public var online: Bool

    public init(
        venueCode: String, code: String, name: String, capacity: Int, zone: String? = nil, online: Bool = false
    ) {
        self.venueCode = venueCode
        self.code = code
        self.name = name.nfc
        self.capacity = capacity
        self.zone = zone?.nfc
        self.online = online
    }

    /// `HN/P1`.
    public var qualifiedCode: String { "\(venueCode)/\(code)" }
}
