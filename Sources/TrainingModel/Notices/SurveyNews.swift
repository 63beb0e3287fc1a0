/// The survey round a notice asks a delegate to answer (the outbox row's payload): the survey, its class and module
/// when it has them, and the last day it takes answers, which the delivery reads again as the round stands then.
public struct SurveyNews: Sendable, Equatable, Codable {
    public var surveyCode: String
    public var surveyTitle: String
    /// Nil for a needs survey, which is answered once for the term.
    public var classCode: String?
    public var curriculumTitle: String?
    /// A module survey's module.
    public var moduleCode: String?
    public var moduleTitle: String?
    /// The last day answers are taken (Vietnam's day).
    public var closesOn: CalendarDate

    public init(
        surveyCode: String, surveyTitle: String, classCode: String? = nil, curriculumTitle: String? = nil,
        moduleCode: String? = nil, moduleTitle: String? = nil, closesOn: CalendarDate
    ) {
        self.surveyCode = surveyCode
        self.surveyTitle = surveyTitle
        self.classCode = classCode
        self.curriculumTitle = curriculumTitle
        self.moduleCode = moduleCode
        self.moduleTitle = moduleTitle
        self.closesOn = closesOn
    }
}
