/// A province-level unit of the 2025 reform (34 of them): a province (tỉnh) or a centrally governed city.
public struct Province: Hashable, Sendable {
    /// Whether the unit is a province or a city under the central government.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case province = "tỉnh"
        case centralCity = "thành phố trung ương"
    }

    /// Two digits, e.g. `01` for Hà Nội: text, because the leading zero matters.
    public var code: String
    public var name: String
    public var kind: Kind
    /// An ASCII name for scripts and URLs, e.g. `ha_noi`.
    public var codename: String

    public init(code: String, name: String, kind: Kind, codename: String) {
        self.code = code
        self.name = name
        self.kind = kind
        self.codename = codename
    }
}
