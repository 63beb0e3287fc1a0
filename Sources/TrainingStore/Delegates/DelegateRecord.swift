import TrainingModel

/// A delegate as stored, with the name of their body, for lists and `delegates show`.
public struct DelegateRecord: Sendable, Encodable, Equatable {
    public var code: String
    public var fullName: String
    public var gender: String?
    public var birthDate: String?
    public var nationalID: String?
    public var phone: String?
    public var email: String?
    public var body: String
    public var bodyName: String
    public var provinceCode: String?
    public var communeCode: String?
    public var term: String
    public var firstTime: Bool
    public var fullTime: Bool
    public var position: String?
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
