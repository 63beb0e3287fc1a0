import Foundation
import Testing
import TrainingImport
import TrainingModel

/// `surveys.yaml`: the sample reads, module choices come from the term's programs, and every kind of mistake is
/// reported at its file:line:column.
@Suite("Reading surveys from the course catalog")
struct SurveyCatalogTests {
    static let reference = """
        terms:
          - {code: 2026-2031, starts: 2026-03-15, ends: 2031-03-14}
        programs:
          - code: CT-B
            title: Bồi dưỡng đại biểu HĐND
            term: 2026-2031
            modules:
              - {code: B01, title: Tình hình kinh tế - xã hội, half_day_sessions: 1}
              - {code: B02, title: Chính quyền địa phương hai cấp, half_day_sessions: 1}
        """

    func read(_ surveys: String) throws(InputError) -> Catalog {
        try CatalogReader().read([
            (file: "reference.yaml", text: Self.reference), (file: "surveys.yaml", text: surveys),
        ])
    }

    func problems(_ surveys: String) -> [String] {
        do {
            _ = try read(surveys)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("the project's surveys.yaml reads with the rest of the catalog: a class, a module and a needs survey")
    func sample() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../course-catalog"
        ).standardized.path
        let catalog = try CatalogReader().read([folder])
        #expect(catalog.kinds.contains(.surveys))
        #expect(catalog.surveys.map(\.kind) == [.afterClass, .afterModule, .needs])
        let needs = try #require(catalog.surveys.first { $0.kind == .needs })
        let topics = try #require(needs.topicQuestion)
        #expect(topics.choices.map(\.code) == catalog.modules.map(\.code))
        #expect(needs.monthQuestion?.choices.first?.code == "2026-06")
    }

    @Test("a needs survey's 'choices: modules' are its term's modules, with their titles")
    func moduleChoices() throws {
        let catalog = try read(
            """
            surveys:
              - code: NC
                title: Khảo sát nhu cầu
                term: 2026-2031
                opens: 2026-04-01
                closes: 2026-05-15
                questions:
                  - {code: chuyen-de, text: Chuyên đề cần bồi dưỡng, kind: multiple, choices: modules, demand: topic}
                  - {code: y-kien, text: Ý kiến khác, kind: text, required: false}
            """)
        let survey = try #require(catalog.surveys.first)
        #expect(survey.opensOn == CalendarDate(year: 2026, month: 4, day: 1))
        #expect(
            survey.questions[0].choices == [
                .init(code: "B01", text: "Tình hình kinh tế - xã hội"),
                .init(code: "B02", text: "Chính quyền địa phương hai cấp"),
            ])
        #expect(survey.questions[1].required == false)
    }

    @Test("each mistake of a survey is reported where it is, all in one run")
    func mistakes() {
        #expect(
            problems(
                """
                surveys:
                  - code: DG
                    title: Đánh giá
                    after: lesson
                    questions:
                      - {code: q1, text: Nội dung, kind: likert}
                  - code: DG2
                    title: Đánh giá
                    after: class
                    programs: [CT-X]
                    open_days: 0
                    term: 2026-2031
                    questions:
                      - {code: q1, text: Nội dung, kind: likert, choices: [{code: a, text: A}]}
                      - {code: q2, text: Hình thức, kind: single}
                      - {code: q3, text: Chuyên đề, kind: multiple, choices: modules}
                      - {code: q4, text: Ý kiến, kind: essay}
                      - {code: q1, text: Lại, kind: text, demand: topic}
                """) == [
                    "surveys.yaml:4:12: 'lesson' is not a valid after for a survey; expected 'class' or 'module'",
                    "surveys.yaml:10:16: unknown program 'CT-X' of survey DG2; the catalog has programs: CT-B",
                    "surveys.yaml:11:16: 'open_days' of a survey must be a positive whole number, found 0",
                    "surveys.yaml:12:11: a survey after a class or a module has no 'term'",
                    "surveys.yaml:14:7: survey DG2 has the question q1 twice",
                    "surveys.yaml:14:59: a likert question has no 'choices'",
                    "surveys.yaml:15:9: a single question needs 'choices': a list of code and text, or 'modules'",
                    "surveys.yaml:16:62: 'choices: modules' belongs to a needs survey, whose term's modules are the choices",
                    "surveys.yaml:17:40: 'essay' is not a valid kind for a question; expected one of 'likert', 'single', 'multiple', 'text'",
                    "surveys.yaml:18:51: only a needs survey measures demand; remove 'demand' from question q1",
                ])
    }

    @Test("a needs survey needs its term and days in order, and its month choices written YYYY-MM")
    func needsMistakes() {
        #expect(
            problems(
                """
                surveys:
                  - code: NC
                    title: Nhu cầu
                    term: 2021-2026
                    opens: 2026-05-15
                    closes: 2026-04-01
                    open_days: 3
                    questions:
                      - code: thang
                        text: Tháng thuận lợi
                        kind: multiple
                        demand: month
                        choices: [{code: thang-6, text: Tháng 6}, {code: 2026-07, text: Tháng 7}, {code: 2026-07, text: Lại}]
                  - code: NC
                    title: Lại
                    questions:
                      - {code: q, text: Câu hỏi, kind: text}
                """) == [
                    "surveys.yaml:4:11: unknown term '2021-2026' of survey NC; the catalog has terms: 2026-2031",
                    "surveys.yaml:6:13: survey NC closes on 2026-04-01, before it opens on 2026-05-15",
                    "surveys.yaml:7:16: a needs survey (one without 'after') has no 'open_days'",
                    "surveys.yaml:12:17: the choices of a month question are months written YYYY-MM, found 'thang-6'",
                    "surveys.yaml:13:90: question thang has the choice 2026-07 twice",
                    "surveys.yaml:14:5: a needs survey (one without 'after') needs 'term', 'opens' and 'closes'",
                    "surveys.yaml:14:11: duplicate survey code 'NC', first defined at surveys.yaml:2:11",
                ])
    }

    @Test("an empty after, open_days or term is reported as missing, not read as a survey without it")
    func emptyFields() {
        #expect(
            problems(
                """
                surveys:
                  - code: DG
                    title: Đánh giá
                    after:
                    questions:
                      - {code: q1, text: Nội dung, kind: likert}
                  - code: DG2
                    title: Đánh giá
                    after: class
                    programs: CT-B
                    open_days:
                    questions:
                      - {code: q1, text: Nội dung, kind: likert}
                """) == [
                    "surveys.yaml:2:5: a needs survey (one without 'after') needs 'term', 'opens' and 'closes'",
                    "surveys.yaml:7:5: a survey after a class needs 'open_days': how many days it stays open after the last session",
                ])
    }
}
