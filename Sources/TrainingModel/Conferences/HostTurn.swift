/// A province's place in its region's rotation of conference hosts. The next host is the first province that
/// has never hosted, in the order of `regions.yaml`, else the one whose last conference is the oldest.
public struct HostTurn: Sendable, Equatable, Encodable {
    /// 1 for the next host.
    public var turn: Int
    public var provinceCode: String
    public var provinceName: String
    /// How many of the region's conferences the province hosted.
    public var hosted: Int
    /// The first day of its last conference, `YYYY-MM-DD`; `nil` when it never hosted.
    public var lastHostedOn: String?

    public init(turn: Int, provinceCode: String, provinceName: String, hosted: Int, lastHostedOn: String?) {
        self.turn = turn
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.hosted = hosted
        self.lastHostedOn = lastHostedOn
    }
}
