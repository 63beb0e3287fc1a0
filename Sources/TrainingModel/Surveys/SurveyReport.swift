/// A survey's results, group by group, from its closed rounds: who could answer, who did, and, for a group with at
/// least ``minimumGroup`` answers, each question's mean, distribution and free-text answers.
public struct SurveyReport: Hashable, Sendable, Codable {
    public struct Group: Hashable, Sendable, Codable {
        /// The class, module, lecturer or province code; `all` for the whole survey; empty for answers of no province.
        public var key: String
        public var label: String
        /// Delegates who could answer the group's closed rounds, and how many did.
        public var eligible: Int
        public var respondents: Int
        /// Whether the group's answers are withheld: too few, or needed to keep another small group from being
        /// worked out by subtraction.
        public var suppressed: Bool
        /// Empty when suppressed.
        public var questions: [QuestionResult]

        public var responseRate: Double? { eligible == 0 ? nil : Double(respondents) / Double(eligible) }
    }

    public struct QuestionResult: Hashable, Sendable, Codable {
        public var code: String
        public var text: String
        public var kind: SurveyQuestion.Kind
        /// How many answers of the group answer this question.
        public var answered: Int
        /// The mean of a Likert question.
        public var mean: Double?
        /// For a Likert question the count of each point 1…5, for a choice question of each choice.
        public var distribution: [Count]
        /// The free-text answers, sorted (so their order says nothing of who wrote them).
        public var texts: [String]
    }

    public struct Count: Hashable, Sendable, Codable {
        public var choice: String
        public var label: String
        public var count: Int
    }

    public var surveyCode: String
    public var title: String
    public var grouping: SurveyGrouping
    public var minimumGroup: Int
    /// Rounds still open, whose answers no report shows yet.
    public var openRounds: Int
    /// Everyone who could answer the closed rounds, and how many did.
    public var eligible: Int
    public var respondents: Int
    public var groups: [Group]

    public init(
        surveyCode: String, title: String, grouping: SurveyGrouping, minimumGroup: Int, openRounds: Int,
        eligible: Int, respondents: Int, groups: [Group]
    ) {
        self.surveyCode = surveyCode
        self.title = title
        self.grouping = grouping
        self.minimumGroup = minimumGroup
        self.openRounds = openRounds
        self.eligible = eligible
        self.respondents = respondents
        self.groups = groups
    }
}
