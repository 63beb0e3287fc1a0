/// A survey as the staff's list shows it: what it is about, its rounds open and closed, and how many answered.
public struct SurveySummary: Hashable, Sendable, Codable {
    public var code: String
    public var title: String
    public var kind: Survey.Kind
    /// The programs of a class or module survey, or the term of a needs survey.
    public var scope: String
    public var questions: Int
    public var openRounds: Int
    public var closedRounds: Int
    public var respondents: Int

    public init(survey: Survey, openRounds: Int, closedRounds: Int, respondents: Int) {
        code = survey.code
        title = survey.title
        kind = survey.kind
        scope = survey.kind == .needs ? survey.termCode ?? "" : survey.programs.joined(separator: ", ")
        questions = survey.questions.count
        self.openRounds = openRounds
        self.closedRounds = closedRounds
        self.respondents = respondents
    }
}
