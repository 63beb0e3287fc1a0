import Foundation

/// Which delegates `ttbd enroll --where` picks, written `province=01,first-time,body=commune_council`.
/// Each part narrows the choice; nothing written picks every delegate (of the class's term). Candidates (migration
/// 0040) share the delegates' table but are picked only when the text says `candidate`, and then alone.
public struct DelegateCriteria: Hashable, Sendable {
    public var provinceCode: String?
    public var communeCode: String?
    /// One kind of body, or any People's Council with `council`.
    public var body: Audience.Condition?
    public var firstTime: Bool?
    public var fullTime: Bool?
    public var term: String?
    /// Delegates unless the criteria name candidates.
    public var standing: Delegate.Standing

    public init(
        provinceCode: String? = nil, communeCode: String? = nil, body: Audience.Condition? = nil,
        firstTime: Bool? = nil, fullTime: Bool? = nil, term: String? = nil, standing: Delegate.Standing = .delegate
    ) {
        self.provinceCode = provinceCode
        self.communeCode = communeCode
        self.body = body
        self.firstTime = firstTime
        self.fullTime = fullTime
        self.term = term
        self.standing = standing
    }

    /// A part of the text that means nothing: what it says and what was expected.
    public struct Invalid: Error, Hashable, Sendable, CustomStringConvertible {
        public var wording: Message
        public var description: String { wording.description }
    }

    static let bodies: [Audience.Condition] = [.nationalAssembly, .provinceCouncil, .communeCouncil, .council]

    /// Reads `key=value` and flag parts separated by commas: `province=01`, `commune=00004`,
    /// `body=national_assembly|province_council|commune_council|council`, `term=2026-2031`, `first-time`,
    /// `full-time` (or `first-time=false`, `full-time=false`), `candidate` (candidates instead of delegates).
    public init(parsing text: String) throws(Invalid) {
        self.init()
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
            let key = pieces[0]
            let value = pieces.count == 2 ? pieces[1] : nil
            switch (key, value) {
            case ("province", let code?):
                if let problem = UnitCode.provinceProblem(code) { throw Invalid(wording: problem) }
                provinceCode = code
            case ("commune", let code?):
                if let problem = UnitCode.communeProblem(code) { throw Invalid(wording: problem) }
                communeCode = code
            case ("term", let code?): term = code
            case ("body", let kind?):
                guard let condition = Audience.Condition(rawValue: kind), Self.bodies.contains(condition) else {
                    throw Invalid(
                        wording:
                            "'\(kind)' is not a body; expected one of \(Self.bodies.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                body = condition
            case ("first-time", _): firstTime = try Self.flag(key, value)
            case ("full-time", _): fullTime = try Self.flag(key, value)
            case ("candidate", _): standing = try Self.flag(key, value) ? .candidate : .delegate
            default:
                throw Invalid(
                    wording:
                        "'\(part)' is not a criterion; expected province=CODE, commune=CODE, body=KIND, term=CODE, first-time, full-time or candidate"
                )
            }
        }
    }

    private static func flag(_ key: String, _ value: String?) throws(Invalid) -> Bool {
        switch value {
        case nil, "true": return true
        case "false": return false
        case let other?: throw Invalid(wording: "'\(key)=\(other)' should be \(key), \(key)=true or \(key)=false")
        }
    }
}
