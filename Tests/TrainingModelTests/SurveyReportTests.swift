import Testing
import TrainingModel

/// The report's arithmetic and its privacy rules, without a database.
@Suite("Survey reports and their minimum group")
struct SurveyReportTests {
    static let survey = Survey(
        code: "DG", title: "Đánh giá", kind: .afterClass, programs: ["CT-B"], openDays: 14,
        questions: [
            SurveyQuestion(code: "q1", text: "Nội dung", kind: .likert),
            SurveyQuestion(
                code: "q2", text: "Hình thức", kind: .multiple,
                choices: [.init(code: "a", text: "A"), .init(code: "b", text: "B")]),
            SurveyQuestion(code: "q3", text: "Góp ý", kind: .text, required: false),
        ])

    static func answer(_ point: Int, _ choices: [String], _ text: String?, province: String) -> SurveyEvidence.Answer {
        var answers: [String: SurveyAnswer] = ["q1": .scale(point), "q2": .choices(choices)]
        answers["q3"] = text.map(SurveyAnswer.text)
        return SurveyEvidence.Answer(classCode: nil, moduleCode: nil, provinceCode: province, answers: answers)
    }

    @Test("a withheld group holding fewer answers than the minimum takes the smallest shown group with it")
    func complementary() {
        #expect(SurveyPrivacy.withheld(["01": 9, "79": 6, "48": 2], minimum: 5) == ["48", "79"])
        #expect(SurveyPrivacy.withheld(["01": 9, "79": 6, "48": 0], minimum: 5) == ["48"])
        #expect(SurveyPrivacy.withheld(["01": 9, "79": 3, "48": 2], minimum: 5) == ["48", "79"])
        #expect(SurveyPrivacy.withheld(["01": 4], minimum: 5) == ["01"])
        #expect(SurveyPrivacy.withheld(["01": 5, "79": 5], minimum: 5) == [])
    }

    @Test("mean, distribution and sorted free text per group; a small group shows nothing, and the floor is 5")
    func byProvince() {
        let answers =
            (1...5).map { Self.answer($0, ["a"], "ý kiến \($0)", province: "01") }
            + (1...6).map { _ in Self.answer(4, ["a", "b"], nil, province: "79") }
            + [Self.answer(1, [], "chỉ một người", province: "48")]
        let round = SurveyEvidence.Round(
            classCode: "K1", moduleCode: nil, modules: ["B01"], lecturers: ["GV01"],
            eligible: ["01": 6, "79": 6, "48": 1], respondents: ["01": 5, "79": 6, "48": 1])
        let evidence = SurveyEvidence(rounds: [round], openRounds: 0, answers: answers, labels: ["01": "Hà Nội"])
        let report = SurveyReport(survey: Self.survey, grouping: .province, minimumGroup: 3, evidence: evidence)
        #expect(report.minimumGroup == 5)
        #expect(report.groups.map(\.key) == ["01", "48", "79"])
        #expect(report.groups.map(\.suppressed) == [true, true, false])
        let hanoi = report.groups[0]
        #expect(hanoi.label == "Hà Nội" && hanoi.questions.isEmpty && hanoi.responseRate == 5.0 / 6.0)
        let shown = report.groups[2]
        #expect(shown.questions[0].mean == 4 && shown.questions[0].distribution.map(\.count) == [0, 0, 0, 6, 0])
        #expect(shown.questions[1].distribution.map(\.count) == [6, 6])
        #expect(shown.questions[2].answered == 0)

        let together = SurveyReport(survey: Self.survey, grouping: .all, minimumGroup: 5, evidence: evidence)
        #expect(together.groups.map { "\($0.eligible) \($0.respondents)" } == ["13 12"])
        #expect(together.groups[0].questions[2].texts == ["chỉ một người"] + (1...5).map { "ý kiến \($0)" })
    }

    @Test("answers are checked against the questions, every problem named, text trimmed to NFC")
    func checking() {
        let (kept, problems) = Self.survey.check(["q1": .scale(0), "q2": .choices(["a", "a"]), "q3": .text("  x  ")])
        #expect(
            problems.map(\.wording.description) == [
                "q1 takes a whole number from 1 to 5, not 0", "q2 names a choice twice",
            ])
        #expect(kept == ["q3": .text("x")])
        #expect(Self.survey.check(["q1": .choice("5"), "q2": .choices(["b"])]).problems.map(\.question) == ["q1"])
        #expect(Self.survey.check(["q1": .scale(5), "q2": .choices(["b"]), "q3": .text(" ")]).answers.count == 2)
    }
}
