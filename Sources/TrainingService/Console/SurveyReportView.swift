import TrainingModel

/// A survey's report as its page shows it, worded in the page's language: the response over the closed rounds,
/// then each group with each question's answer count, mean and distribution, or the group withheld with the reason
/// and no number of its own.
struct SurveyReportView: ConsoleView {
    struct Group: Sendable {
        /// The id of the group's heading, which its questions' tables are labelled under.
        let id: String
        /// The module, lecturer or province code beside its name; none for the whole survey or a class.
        let key: String?
        let label: String
        let eligible: String
        let respondents: String
        let responseRate: String
        let withheld: Bool
        let questions: [Question]
    }

    struct Question: Sendable {
        let code: String
        let text: String
        let answered: String
        let mean: String?
        let bars: [Bar]
        let hasBars: Bool
        let texts: [String]
        let hasTexts: Bool
    }

    /// One choice or point of a distribution: its count, its share of the question's answers, and that share as
    /// the width of a bar drawn on a scale of 100.
    struct Bar: Sendable {
        let label: String
        let count: String
        let share: String
        let width: Int
    }

    let frame: ConsoleFrame
    let code: String
    let kind: String
    let groupings: [SelectOption]
    let eligible: String
    let respondents: String
    let responseRate: String
    let openRounds: String
    let minimumGroup: String
    let withheldReason: String
    let groups: [Group]
    let hasGroups: Bool
    let hasDemand: Bool
    let downloadQuery: String

    init(_ report: SurveyReport, survey: Survey, frame: ConsoleFrame, groupings: [SelectOption]) {
        let language = frame.language
        self.frame = frame
        code = report.surveyCode
        kind = SurveyPages.kind(survey.kind, in: language)
        self.groupings = groupings
        eligible = VietnameseNumber.text(Double(report.eligible))
        respondents = VietnameseNumber.text(Double(report.respondents))
        responseRate = SurveyPages.rate(report.respondents, of: report.eligible)
        openRounds = VietnameseNumber.text(Double(report.openRounds))
        minimumGroup = VietnameseNumber.text(Double(report.minimumGroup))
        withheldReason = report.withheldReason.text(in: language)
        groups = report.groups.enumerated().map { index, group in
            Group(
                id: "nhom-\(index + 1)",
                key: report.grouping == .all || [group.label, ""].contains(group.key) ? nil : group.key,
                label: group.label.isEmpty ? language.words(vi: "Chưa rõ tỉnh", en: "No province") : group.label,
                eligible: VietnameseNumber.text(Double(group.eligible)),
                respondents: VietnameseNumber.text(Double(group.respondents)),
                responseRate: SurveyPages.rate(group.respondents, of: group.eligible), withheld: group.suppressed,
                questions: group.questions.map(Self.question))
        }
        hasGroups = !groups.isEmpty
        hasDemand = survey.topicQuestion != nil && survey.monthQuestion != nil
        downloadQuery = "by=\(report.grouping.rawValue)"
    }

    private static func question(_ result: SurveyReport.QuestionResult) -> Question {
        let bars = result.distribution.map { count in
            let share = result.answered == 0 ? 0 : Double(count.count) / Double(result.answered)
            return Bar(
                label: count.label, count: VietnameseNumber.text(Double(count.count)),
                share: VietnameseNumber.percent(share), width: Int((share * 100).rounded()))
        }
        return Question(
            code: result.code, text: result.text, answered: VietnameseNumber.text(Double(result.answered)),
            mean: result.mean.map { VietnameseNumber.text(($0 * 100).rounded() / 100) }, bars: bars,
            hasBars: !bars.isEmpty, texts: result.texts, hasTexts: !result.texts.isEmpty)
    }
}
