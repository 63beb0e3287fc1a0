/// What a survey report is built from: the closed rounds with who could answer and who did (staff may know it),
/// and the answers the database releases (of closed rounds with enough answers, without any delegate).
public struct SurveyEvidence: Hashable, Sendable {
    public struct Round: Hashable, Sendable {
        public var classCode: String?
        public var moduleCode: String?
        /// The modules the round covers and the lecturers who taught them: the groups its answers count in.
        public var modules: [String]
        public var lecturers: [String]
        /// By province code (empty for a delegate with none).
        public var eligible: [String: Int]
        public var respondents: [String: Int]

        public init(
            classCode: String?, moduleCode: String?, modules: [String], lecturers: [String], eligible: [String: Int],
            respondents: [String: Int]
        ) {
            self.classCode = classCode
            self.moduleCode = moduleCode
            self.modules = modules
            self.lecturers = lecturers
            self.eligible = eligible
            self.respondents = respondents
        }
    }

    /// One released answer: its round when grouped by class, module or lecturer, its province when by province.
    public struct Answer: Hashable, Sendable {
        public var classCode: String?
        public var moduleCode: String?
        public var provinceCode: String?
        public var answers: [String: SurveyAnswer]

        public init(classCode: String?, moduleCode: String?, provinceCode: String?, answers: [String: SurveyAnswer]) {
            self.classCode = classCode
            self.moduleCode = moduleCode
            self.provinceCode = provinceCode
            self.answers = answers
        }
    }

    public var rounds: [Round]
    public var openRounds: Int
    public var answers: [Answer]
    /// Names of the groups' keys: module titles, lecturers' and provinces' names.
    public var labels: [String: String]

    public init(rounds: [Round], openRounds: Int, answers: [Answer], labels: [String: String]) {
        self.rounds = rounds
        self.openRounds = openRounds
        self.answers = answers
        self.labels = labels
    }

    /// The groups a round counts in.
    func keys(of round: Round, by grouping: SurveyGrouping) -> [String] {
        switch grouping {
        case .all: ["all"]
        case .class: round.classCode.map { [$0] } ?? []
        case .module: round.modules
        case .lecturer: round.lecturers
        case .province: Array(Set(round.eligible.keys).union(round.respondents.keys))
        }
    }

    /// The groups an answer counts in.
    func keys(of answer: Answer, by grouping: SurveyGrouping) -> [String] {
        switch grouping {
        case .all: return ["all"]
        case .province: return [answer.provinceCode ?? ""]
        case .class, .module, .lecturer:
            let round = rounds.first { $0.classCode == answer.classCode && $0.moduleCode == answer.moduleCode }
            return round.map { keys(of: $0, by: grouping) } ?? []
        }
    }
}

extension SurveyPrivacy {
    /// The groups whose answers a report withholds: each with fewer than `minimum` answers, and then, while the
    /// withheld groups together hold some answers but fewer than `minimum`, the smallest group still shown, so the
    /// whole minus the groups shown never reveals a small group.
    public static func withheld(_ answers: [String: Int], minimum: Int) -> Set<String> {
        var withheld = Set(answers.filter { $0.value < minimum }.map(\.key))
        func total() -> Int { withheld.reduce(0) { $0 + answers[$1, default: 0] } }
        while (1..<minimum).contains(total()),
            let smallest = answers.filter({ !withheld.contains($0.key) }).min(by: {
                ($0.value, $0.key) < ($1.value, $1.key)
            })
        {
            withheld.insert(smallest.key)
        }
        return withheld
    }
}
