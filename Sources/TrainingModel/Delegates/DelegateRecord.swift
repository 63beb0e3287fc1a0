/// A delegate as stored, with the name of their body, for lists and `delegates show`.
public struct DelegateRecord: Sendable, Equatable, Encodable {
    public var delegate: Delegate
    /// e.g. `HĐND xã Phúc Thọ`.
    public var bodyName: String

    public init(delegate: Delegate, bodyName: String) {
        self.delegate = delegate
        self.bodyName = bodyName
    }

    private enum CodingKeys: String, CodingKey {
        case bodyName
    }

    /// The delegate's fields and `bodyName` side by side, as one JSON object.
    public func encode(to encoder: any Encoder) throws {
        try delegate.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bodyName, forKey: .bodyName)
    }
}

/// Which delegates a list shows. Every field left `nil` matches everyone.
public struct DelegateFilter: Sendable {
    /// Part of the name, matched without accents or case.
    public var search: String?
    public var provinceCode: String?
    public var body: Delegate.BodyKind?
    public var firstTime: Bool?
    public var term: String?
    public var limit: Int?

    public init(
        search: String? = nil, provinceCode: String? = nil, body: Delegate.BodyKind? = nil, firstTime: Bool? = nil,
        term: String? = nil, limit: Int? = nil
    ) {
        self.search = search
        self.provinceCode = provinceCode
        self.body = body
        self.firstTime = firstTime
        self.term = term
        self.limit = limit
    }
}
