/// A regional conference (hội nghị vùng) of the HĐND standing committees as lists show it: where, when, and
/// how many bodies and delegates it has.
public struct ConferenceSummary: Sendable, Equatable, Encodable {
    public var code: String
    public var title: String
    public var regionCode: String
    public var regionName: String
    public var hostProvinceCode: String
    public var hostProvinceName: String
    public var venue: String
    /// `YYYY-MM-DD`.
    public var startsOn: String
    public var endsOn: String
    /// The seats each invited body gets; `nil`: as many as it registers.
    public var seatsPerBody: Int?
    public var bodiesInvited: Int
    public var delegatesRegistered: Int

    public init(
        code: String, title: String, regionCode: String, regionName: String, hostProvinceCode: String,
        hostProvinceName: String, venue: String, startsOn: String, endsOn: String, seatsPerBody: Int?,
        bodiesInvited: Int, delegatesRegistered: Int
    ) {
        self.code = code
        self.title = title
        self.regionCode = regionCode
        self.regionName = regionName
        self.hostProvinceCode = hostProvinceCode
        self.hostProvinceName = hostProvinceName
        self.venue = venue
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.seatsPerBody = seatsPerBody
        self.bodiesInvited = bodiesInvited
        self.delegatesRegistered = delegatesRegistered
    }
}
