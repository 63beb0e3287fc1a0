public import TrainingModel

/// Why class formation could not place a delegate, in words staff can act on.
public enum InductionGap: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The roster gives the delegate no province.
    case noProvince
    /// The province has no venue at all.
    case noVenue(province: String)
    /// The province's venues have no room with seats.
    case noRoom(province: String)

    /// The province it is about.
    public var province: String? {
        switch self {
        case .noProvince: nil
        case .noVenue(let province), .noRoom(let province): province
        }
    }

    /// A stable name for scripts.
    public var kind: String {
        switch self {
        case .noProvince: "no-province"
        case .noVenue: "no-venue"
        case .noRoom: "no-room"
        }
    }

    /// The gap in English: for logs and scripts.
    public var description: String { wording.description }

    /// The gap in a sentence staff can act on, worded in the reader's language.
    public var wording: Message {
        switch self {
        case .noProvince:
            "the roster gives no province; set it (`ttbd delegates import`)"
        case .noVenue(let province):
            "province \(province) has no venue; add one (`ttbd venues add --province \(province)`)"
        case .noRoom(let province):
            "province \(province) has no venue with a room; add a room (`ttbd rooms add`)"
        }
    }
}
