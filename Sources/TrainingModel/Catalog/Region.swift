/// A socio-economic region (vùng kinh tế - xã hội) of the national master plan, with its provinces after the
/// 2025 reform: the unit whose HĐND standing committees meet in a regional conference.
public struct Region: Hashable, Sendable, Codable {
    /// A short code, e.g. `DBSH`.
    public var code: String
    public var name: String
    /// Province codes in the order the host of the region's conferences rotates.
    public var provinceCodes: [String]

    public init(code: String, name: String, provinceCodes: [String]) {
        self.code = code
        self.name = name
        self.provinceCodes = provinceCodes
    }
}
