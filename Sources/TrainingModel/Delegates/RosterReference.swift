/// What a roster's codes must match: the provinces, communes and terms the catalog has loaded.
public struct RosterReference: Sendable {
    public var provinces: Set<String>
    /// Each commune's province.
    public var communeProvinces: [String: String]
    public var terms: Set<String>

    public init(provinces: Set<String>, communeProvinces: [String: String], terms: Set<String>) {
        self.provinces = provinces
        self.communeProvinces = communeProvinces
        self.terms = terms
    }
}
