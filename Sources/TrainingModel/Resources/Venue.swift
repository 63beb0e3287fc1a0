/// A place where classes meet (địa điểm), with its own clock: its zone and the hours of its half-days.
public struct Venue: Hashable, Sendable, Codable {
    public var code: String
    public var name: String
    public var provinceCode: String?
    public var address: String?
    /// IANA zone; output is in the venue's local time.
    public var timeZone: String
    public var morning: ClockRange
    public var afternoon: ClockRange
    public var online: Bool

    /// Where an online class meets: Vietnam's zone and the usual hours.
    public static let defaultTimeZone = "Asia/Ho_Chi_Minh"
    public static let defaultMorning = ClockRange(parsing: "07:30-11:30")!
    public static let defaultAfternoon = ClockRange(parsing: "13:30-17:00")!

    public init(
        code: String, name: String, provinceCode: String? = nil, address: String? = nil,
        timeZone: String = Venue.defaultTimeZone, morning: ClockRange = Venue.defaultMorning,
        afternoon: ClockRange = Venue.defaultAfternoon, online: Bool = false
    ) {
        self.code = code
        self.name = name.nfc
        self.provinceCode = provinceCode
        self.address = address?.nfc
        self.timeZone = timeZone
        self.morning = morning
        self.afternoon = afternoon
        self.online = online
    }

    /// The rule the schema also checks: the morning ends before the afternoon starts.
    public var hoursProblem: Message? {
        morning.end <= afternoon.start
            ? nil : "the morning (\(morning)) must end before the afternoon (\(afternoon)) starts"
    }

    /// The hours of `halfDay`.
    public func hours(of halfDay: HalfDay) -> ClockRange {
        halfDay == .morning ? morning : afternoon
    }
}
