/// Who may take a program or a class (đối tượng): groups of conditions, such as
/// `national_assembly+first-time`. A delegate is admitted when every condition of any one group holds;
/// an audience with no groups admits everyone. A candidate (người ứng cử) is admitted only by a group that
/// names `candidate`, and a program whose audience is empty is for delegates (``EnrollmentRules``): the
/// programs for delegates are not theirs until they are elected. The same tokens are stored in
/// `curricula.audience` and `classes.audience`.
public struct Audience: Hashable, Sendable, CustomStringConvertible {
    /// One fact about a delegate that an audience can ask for.
    public enum Condition: String, Hashable, Sendable, CaseIterable {
        case nationalAssembly = "national_assembly"
        case provinceCouncil = "province_council"
        case communeCouncil = "commune_council"
        /// Either People's Council, of a province or of a commune.
        case council
        /// trúng cử lần đầu.
        case firstTime = "first-time"
        /// chuyên trách.
        case fullTime = "full-time"
        /// người ứng cử: standing for election, not yet a delegate.
        case candidate

        public func holds(for delegate: Delegate) -> Bool {
            switch self {
            case .nationalAssembly: delegate.body == .nationalAssembly
            case .provinceCouncil: delegate.body == .provinceCouncil
            case .communeCouncil: delegate.body == .communeCouncil
            case .council: delegate.body != .nationalAssembly
            case .firstTime: delegate.firstTime
            case .fullTime: delegate.fullTime
            case .candidate: delegate.standing == .candidate
            }
        }
    }

    /// Conditions that must all hold, written joined with `+`.
    public struct Group: Hashable, Sendable, CustomStringConvertible {
        public var conditions: [Condition]

        public init(_ conditions: [Condition]) {
            self.conditions = conditions
        }

        public func admits(_ delegate: Delegate) -> Bool {
            guard delegate.standing == .delegate || conditions.contains(.candidate) else { return false }
            return conditions.allSatisfy { $0.holds(for: delegate) }
        }

        public var description: String { conditions.map(\.rawValue).joined(separator: "+") }
    }

    /// A condition of a token that is not one of ``Condition``: where it starts in the token (from 0, in
    /// characters) and what it says.
    public struct UnknownCondition: Error, Hashable, Sendable, CustomStringConvertible {
        public var token: String
        public var condition: String
        public var offset: Int

        public init(token: String, condition: String, offset: Int) {
            self.token = token
            self.condition = condition
            self.offset = offset
        }

        public var wording: Message {
            let choices = Condition.allCases.map(\.rawValue).joined(separator: ", ")
            return condition.isEmpty
                ? "'\(token)' has an empty condition; expected conditions joined with '+' (\(choices))"
                : "'\(condition)' in '\(token)' is not a known condition; expected one of \(choices)"
        }

        public var description: String { wording.description }
    }

    public var groups: [Group]

    public init(_ groups: [Group] = []) {
        self.groups = groups
    }

    /// Reads tokens such as `council+first-time`.
    public init(parsing tokens: [String]) throws(UnknownCondition) {
        var groups: [Group] = []
        for token in tokens {
            groups.append(try Self.group(parsing: token))
        }
        self.init(groups)
    }

    /// Reads one token, or says which of its conditions is unknown and where it starts.
    public static func group(parsing token: String) throws(UnknownCondition) -> Group {
        var conditions: [Condition] = []
        var offset = 0
        for part in token.split(separator: "+", omittingEmptySubsequences: false) {
            guard let condition = Condition(rawValue: String(part)) else {
                throw UnknownCondition(token: token, condition: String(part), offset: offset)
            }
            conditions.append(condition)
            offset += part.count + 1
        }
        return Group(conditions)
    }

    /// Anyone: no groups.
    public var isEveryone: Bool { groups.isEmpty }

    public func admits(_ delegate: Delegate) -> Bool {
        isEveryone || groups.contains { $0.admits(delegate) }
    }

    /// The tokens, as stored and as the catalog writes them.
    public var tokens: [String] { groups.map(\.description) }

    /// `council+first-time or national_assembly`; `any delegate` when empty.
    public var description: String { isEveryone ? "any delegate" : tokens.joined(separator: " or ") }
}
