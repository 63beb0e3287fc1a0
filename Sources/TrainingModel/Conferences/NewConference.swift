/// A conference to open: its region's province councils are invited, and its host is the province the
/// region's rotation proposes unless `hostProvince` names one.
public struct NewConference: Sendable, Equatable {
    public var code: String
    public var title: String
    public var region: String
    /// `nil`: the next host of the region's rotation (see ``HostTurn``).
    public var hostProvince: String?
    public var venue: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    /// Seats per invited body; `nil`: no limit.
    public var seatsPerBody: Int?

    public init(
        code: String, title: String, region: String, hostProvince: String?, venue: String, startsOn: CalendarDate,
        endsOn: CalendarDate, seatsPerBody: Int?
    ) {
        self.code = code
        self.title = title
        self.region = region
        self.hostProvince = hostProvince
        self.venue = venue
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.seatsPerBody = seatsPerBody
    }
}
