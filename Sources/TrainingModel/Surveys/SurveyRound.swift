public import Foundation

/// One time a survey is answered, as a delegate sees it: a class survey for one of their classes, a module survey
/// for one module of it, a needs survey for their term; whether it is open and whether they answered.
public struct SurveyRound: Hashable, Sendable, Codable {
    public var surveyCode: String
    public var title: String
    public var kind: Survey.Kind
    public var classCode: String?
    public var moduleCode: String?
    public var opensAt: Date
    /// The last day answers are taken (Vietnam's day).
    public var closesOn: CalendarDate
    public var answered: Bool

    public init(
        surveyCode: String, title: String, kind: Survey.Kind, classCode: String?, moduleCode: String?, opensAt: Date,
        closesOn: CalendarDate, answered: Bool
    ) {
        self.surveyCode = surveyCode
        self.title = title
        self.kind = kind
        self.classCode = classCode
        self.moduleCode = moduleCode
        self.opensAt = opensAt
        self.closesOn = closesOn
        self.answered = answered
    }

    /// What the round is about, for a person: `B-HN-01`, `B-HN-01 B03`, or the survey itself.
    public var subject: String { Self.subject(classCode: classCode, moduleCode: moduleCode) }

    public static func subject(classCode: String?, moduleCode: String?) -> String {
        [classCode, moduleCode].compactMap { $0 }.joined(separator: " ")
    }

    /// Whether a delegate who names `classCode` and `moduleCode` (`nil` naming none) may mean this round.
    public func matches(classCode: String?, moduleCode: String?) -> Bool {
        (classCode == nil || self.classCode == classCode) && (moduleCode == nil || self.moduleCode == moduleCode)
    }
}

/// A survey with the rounds of it a delegate may answer now.
public struct SurveyForDelegate: Hashable, Sendable, Codable {
    public var survey: Survey
    public var rounds: [SurveyRound]

    public init(survey: Survey, rounds: [SurveyRound]) {
        self.survey = survey
        self.rounds = rounds
    }
}

/// What a delegate sends to answer a survey: the class (and module) when they have several rounds open, and the
/// answers by question code.
public struct SurveySubmission: Hashable, Sendable, Codable {
    public var classCode: String?
    public var moduleCode: String?
    public var answers: [String: SurveyAnswer]

    public init(classCode: String? = nil, moduleCode: String? = nil, answers: [String: SurveyAnswer]) {
        self.classCode = classCode
        self.moduleCode = moduleCode
        self.answers = answers
    }

    private enum CodingKeys: String, CodingKey {
        case classCode = "class"
        case moduleCode = "module"
        case answers
    }
}
