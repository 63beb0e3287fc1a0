public import TrainingModel

/// What induction planning did (or, in a dry run, would do): the classes formed and scheduled, who was left
/// out and why, and what the delegates' numbers were before.
public struct InductionReport: Sendable, Encodable {
    /// A class formed, created and scheduled.
    public struct FormedClass: Sendable, Encodable {
        public var code: String
        public var province: String
        /// `nil` for a class that meets online.
        public var venue: String?
        /// Sizes of cohorts N1, N2, …
        public var cohorts: [Int]
        /// How many communes its delegates come from (the province council counts as one).
        public var communes: Int
        public var delegateCodes: [String]
    }

    /// Delegates left out for one reason.
    public struct LeftOut: Sendable, Encodable {
        /// `no-province`, `no-venue`, `no-room` or `not-planned`.
        public var kind: String
        /// The reason in a sentence staff can act on, in English, for scripts; ``wording`` for people.
        public var reason: String
        /// The reason worded in the reader's language by ``MessageCatalog``.
        public var wording: Message
        /// The province the reason is about (none when the roster gives no province).
        public var province: String?
        public var delegateCodes: [String]

        /// `wording` left out, the reason reads as `reason` in every language.
        public init(
            kind: String, reason: String, wording: Message? = nil, province: String?, delegateCodes: [String]
        ) {
            self.kind = kind
            self.reason = reason
            self.wording = wording ?? Message(verbatim: reason)
            self.province = province
            self.delegateCodes = delegateCodes
        }

        private enum CodingKeys: String, CodingKey {
            case kind, reason, province, delegateCodes
        }
    }

    /// Lecturer half-days the classes need against those the program's lecturers have in the window.
    public struct LecturerHalfDays: Sendable, Encodable {
        public var needed: Int
        public var available: Int
    }

    public var program: String
    public var term: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var classSize: Int
    public var dryRun: Bool
    /// First-time delegates of the term in the program's audience.
    public var firstTimeInAudience: Int
    /// Of those, already trained in the program: not planned again.
    public var alreadyTrained: Int
    /// Of those, enrolled or wait-listed in a class of the program: not planned again.
    public var alreadyInClass: Int
    public var classes: [FormedClass]
    public var leftOut: [LeftOut]
    public var sessionsPlaced: Int
    /// The classes whose modules went in another order for the months people asked for, and why.
    public var preferredOrders: [PreferredOrder] = []
    public var lecturerHalfDays: LecturerHalfDays

    /// Delegates given a class.
    public var placed: Int { classes.reduce(0) { $0 + $1.delegateCodes.count } }

    /// Delegates left out, all reasons together.
    public var leftOutCount: Int { leftOut.reduce(0) { $0 + $1.delegateCodes.count } }
}

extension InductionReport {
    private enum CodingKeys: String, CodingKey {
        case program, term, startsOn, endsOn, classSize, dryRun, firstTimeInAudience, alreadyTrained, alreadyInClass
        case placed, leftOutCount, classes, leftOut, sessionsPlaced, preferredOrders, lecturerHalfDays
    }

    /// Every field, and the two totals scripts would otherwise add up themselves.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(program, forKey: .program)
        try container.encode(term, forKey: .term)
        try container.encode(startsOn, forKey: .startsOn)
        try container.encode(endsOn, forKey: .endsOn)
        try container.encode(classSize, forKey: .classSize)
        try container.encode(dryRun, forKey: .dryRun)
        try container.encode(firstTimeInAudience, forKey: .firstTimeInAudience)
        try container.encode(alreadyTrained, forKey: .alreadyTrained)
        try container.encode(alreadyInClass, forKey: .alreadyInClass)
        try container.encode(placed, forKey: .placed)
        try container.encode(leftOutCount, forKey: .leftOutCount)
        try container.encode(classes, forKey: .classes)
        try container.encode(leftOut, forKey: .leftOut)
        try container.encode(sessionsPlaced, forKey: .sessionsPlaced)
        try container.encode(preferredOrders, forKey: .preferredOrders)
        try container.encode(lecturerHalfDays, forKey: .lecturerHalfDays)
    }
}
