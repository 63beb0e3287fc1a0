/// Answers that do not fit a survey's questions: every problem, each naming its question.
public struct SurveyAnswerError: UserFacingError {
    public var survey: String
    public var problems: [Survey.Problem]

    public init(survey: String, problems: [Survey.Problem]) {
        self.survey = survey
        self.problems = problems
    }

    public var kind: FailureKind { .badData }

    public var wording: Message {
        "the answers do not fit survey \(survey): \(Message.joined(problems.map(\.wording), separator: "; ")); nothing was kept"
    }

    public var description: String { wording.description }

    public func text(in language: Language) -> String { wording.text(in: language) }
}
