/// A commune-level unit (xã, phường or đặc khu) of the 2025 reform: there are no districts any more, so
/// every commune belongs directly to a province.
public struct Commune: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case commune = "xã"
        case ward = "phường"
        case specialZone = "đặc khu"
    }

    /// Five digits, e.g. `00004`.
    public var code: String
    public var provinceCode: String
    public var name: String
    public var kind: Kind

    public init(code: String, provinceCode: String, name: String, kind: Kind) {
        self.code = code
        self.provinceCode = provinceCode
        self.name = name
        self.kind = kind
    }
}
