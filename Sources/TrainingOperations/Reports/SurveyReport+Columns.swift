public import Spreadsheets
public import TrainingModel

extension SurveyReport {
    /// One line of a report as a table, CSV or workbook shows it: a group's response and one figure of one question
    /// (a count of a choice or a point, a mean, a free-text answer), or the group withheld. The command line's
    /// lists and the console's downloads write the same lines.
    public struct Line: Encodable, Sendable {
        public var group: String
        public var label: String
        public var eligible: Int?
        public var respondents: Int?
        public var responseRate: Double?
        public var question = ""
        public var answer = ""
        public var value: Double?

        public static let columns: [ListColumn<Line>] = [
            ListColumn("Nhóm", csv: "group") { $0.group },
            ListColumn("Tên", csv: "label") { $0.label },
            ListColumn("Được hỏi", csv: "eligible", as: .number) { $0.eligible.map(String.init) ?? "" },
            ListColumn("Đã trả lời", csv: "respondents", as: .number) { $0.respondents.map(String.init) ?? "" },
            ListColumn("Tỷ lệ", csv: "response_rate", as: .percent) { $0.responseRate.map { String($0) } ?? "" },
            ListColumn("Câu hỏi", csv: "question") { $0.question },
            ListColumn("Trả lời", csv: "answer") { $0.answer },
            ListColumn("Số lượng", csv: "value", as: .number) {
                $0.value.map { String((($0 * 100).rounded() / 100)) } ?? ""
            },
        ]
    }

    /// Why a withheld group shows no numbers.
    public var withheldReason: Message {
        "withheld: fewer than \(number: minimumGroup) answers, or needed to keep a smaller group hidden"
    }

    /// Every group's lines, worded in `language`: its response first, then each question's figures, or one line
    /// saying it is withheld.
    public func lines(in language: Language) -> [Line] {
        groups.flatMap { group -> [Line] in
            var head = Line(
                group: group.key, label: group.label, eligible: group.eligible, respondents: group.respondents,
                responseRate: group.responseRate)
            guard !group.suppressed else {
                head.answer = withheldReason.text(in: language)
                return [head]
            }
            return [head]
                + group.questions.flatMap { question in
                    Self.lines(of: question, in: language).map { answer, value in
                        Line(
                            group: group.key, label: group.label, question: question.code, answer: answer, value: value)
                    }
                }
        }
    }

    /// The whole survey: everyone who could answer its closed rounds, and who did.
    public func totalLine(in language: Language) -> Line {
        Line(
            group: "", label: Message("rounds still open: \(number: openRounds)").text(in: language),
            eligible: eligible, respondents: respondents,
            responseRate: eligible == 0 ? nil : Double(respondents) / Double(eligible))
    }

    private static func lines(of question: QuestionResult, in language: Language) -> [(String, Double?)] {
        switch question.kind {
        case .likert:
            [(Message("mean").text(in: language), question.mean)]
                + question.distribution.map { (Message("point \($0.label)").text(in: language), Double($0.count)) }
        case .single, .multiple: question.distribution.map { ($0.label, Double($0.count)) }
        case .text: question.texts.map { ($0, nil) }
        }
    }
}
