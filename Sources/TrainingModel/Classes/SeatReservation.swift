/// Seats a class holds for one group of delegates until a day (chỗ dành riêng): the delegates of a province, or
/// of one kind of body. After that day the seats nobody of the group took open to all.
public struct SeatReservation: Sendable, Equatable, Encodable {
    /// Whom the seats are for.
    public enum Group: Sendable, Hashable {
        /// The delegates whose province has this code, e.g. `01`.
        case province(String)
        /// The delegates of every body of this kind, e.g. the commune councils.
        case body(Delegate.BodyKind)

        /// `province 01 Thành phố Hà Nội`, `the commune councils`.
        public func wording(provinceName: String?) -> Message {
            switch self {
            case .province(let code):
                provinceName.map { "province \(code) \($0)" } ?? "province \(code)"
            case .body(.nationalAssembly): "the National Assembly"
            case .body(.provinceCouncil): "the province councils"
            case .body(.communeCouncil): "the commune councils"
            }
        }
    }

    public var group: Group
    /// The province's name, for a province's reservation.
    public var provinceName: String?
    public var seats: Int
    /// The last day the seats are held.
    public var until: CalendarDate
    /// The group's delegates seated in the class: they use the reserved seats first.
    public var taken: Int
    /// Whether `until` has passed.
    public var expired: Bool

    public init(
        group: Group, provinceName: String? = nil, seats: Int, until: CalendarDate, taken: Int, expired: Bool
    ) {
        self.group = group
        self.provinceName = provinceName
        self.seats = seats
        self.until = until
        self.taken = taken
        self.expired = expired
    }

    /// The free seats the reservation keeps from everyone outside its group: none once it has expired.
    public var held: Int { expired ? 0 : max(seats - taken, 0) }

    public var groupWording: Message { group.wording(provinceName: provinceName) }

    /// `province 01 Thành phố Hà Nội: 10 seats, 3 taken, held until 2026-03-01`, and once expired `…, now open
    /// to all`: what `classes show` and the console's class page say of it.
    public var wording: Message {
        let seats: Message = "\(groupWording): \(number: seats) seats, \(number: taken) taken"
        return expired
            ? "\(seats), held until \(day: until), now open to all" : "\(seats), held until \(day: until)"
    }

    private enum CodingKeys: String, CodingKey {
        case province, provinceName, body, seats, until, taken, held, expired
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch group {
        case .province(let code):
            try container.encode(code, forKey: .province)
            try container.encode(provinceName, forKey: .provinceName)
        case .body(let kind):
            try container.encode(kind.rawValue, forKey: .body)
        }
        try container.encode(seats, forKey: .seats)
        try container.encode(until, forKey: .until)
        try container.encode(taken, forKey: .taken)
        try container.encode(held, forKey: .held)
        try container.encode(expired, forKey: .expired)
    }
}
