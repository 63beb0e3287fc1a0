/// A questionnaire of `course-catalog/surveys.yaml`: an evaluation (phiếu đánh giá) that delegates answer after
/// a class or after each module of it, or a needs survey (khảo sát nhu cầu) of a term, open between two days.
public struct Survey: Hashable, Sendable, Codable {
    /// When a survey is answered, and by whom.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// By the delegates of each class of its programs, once the class's last session has ended.
        case afterClass = "class"
        /// By the delegates of each class of its programs, for each module, once the module's last session ended.
        case afterModule = "module"
        /// By the delegates of a term, between two days: which topics, formats and months suit them.
        case needs
    }

    public var code: String
    public var title: String
    public var kind: Kind
    /// The programs whose classes are evaluated (class and module surveys).
    public var programs: [String]
    /// How many days a class or module survey stays open after the last session ends.
    public var openDays: Int?
    /// The term a needs survey asks about, and the days it is open (both included).
    public var termCode: String?
    public var opensOn: CalendarDate?
    public var closesOn: CalendarDate?
    public var questions: [SurveyQuestion]

    public init(
        code: String, title: String, kind: Kind, programs: [String] = [], openDays: Int? = nil,
        termCode: String? = nil, opensOn: CalendarDate? = nil, closesOn: CalendarDate? = nil,
        questions: [SurveyQuestion]
    ) {
        self.code = code
        self.title = title
        self.kind = kind
        self.programs = programs
        self.openDays = openDays
        self.termCode = termCode
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.questions = questions
    }

    /// The question whose choices are the topics a needs survey measures demand for, if any.
    public var topicQuestion: SurveyQuestion? { questions.first { $0.demand == .topic } }
    /// The question whose choices are the months (`YYYY-MM`) that suit, if any.
    public var monthQuestion: SurveyQuestion? { questions.first { $0.demand == .month } }
}
