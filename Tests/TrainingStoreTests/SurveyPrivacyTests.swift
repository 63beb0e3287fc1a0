import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

/// Attempts to tie an answer to the delegate who gave it: through the report (one respondent, a group of four,
/// subtracting groups from the whole), through the tables the application role reads, and through every column of
/// every table of the database.
@Suite("Survey answers stay anonymous")
struct SurveyPrivacyTests {
    static let open = SurveyFixture.at("2026-05-10 09:00")
    static let closed = SurveyFixture.at("2026-05-20 09:00")

    /// Each delegate of `codes` answers DG, with `marker` and their own code's number in the free text.
    static func answer(
        _ codes: [String], in fixture: SurveyFixture, on app: Database, text: (String) -> String = { _ in "" }
    ) async throws {
        let operations = TrainingOperations(database: app)
        for code in codes {
            var answers = SurveyAnsweringTests.good
            answers["gop-y"] = .text(text(code))
            _ = try await operations.answerSurvey(
                "DG", delegateID: fixture.delegates[code]!, submission: .init(answers: answers), at: open)
        }
    }

    static func report(_ app: Database, by grouping: SurveyGrouping, minimum: Int = 5) async throws -> SurveyReport {
        let survey = try await app.surveys.survey(code: "DG")
        let evidence = try await app.surveys.evidence(
            survey: survey, grouping: grouping, minimumGroup: minimum, at: closed)
        return SurveyReport(survey: survey, grouping: grouping, minimumGroup: minimum, evidence: evidence)
    }

    @Test("one respondent: the report shows who could answer and that one did, and nothing of what was said")
    func oneRespondent() async throws {
        try await SurveyAnsweringTests.world(["K1": Array(repeating: "01", count: 6)]) { _, fixture, app in
            try await Self.answer(["K1-1"], in: fixture, on: app) { _ in "ý kiến riêng" }
            for grouping in SurveyGrouping.allCases {
                let report = try await Self.report(app, by: grouping)
                #expect(report.groups.allSatisfy { $0.suppressed && $0.questions.isEmpty }, "\(grouping)")
            }
            let all = try await Self.report(app, by: .all)
            #expect(all.groups.map { "\($0.eligible) \($0.respondents)" } == ["6 1"])
            #expect(
                try await app.surveys.releasedAnswers(survey: "DG", byProvince: false, minimumGroup: 5, at: Self.closed)
                    == [])
        }
    }

    @Test("a class of four that all answered is withheld, its free text too, beside a class of six that is shown")
    func groupOfFour() async throws {
        let world = ["K4": Array(repeating: "01", count: 4), "K6": Array(repeating: "01", count: 6)]
        try await SurveyAnsweringTests.world(world) { _, fixture, app in
            let everyone = (1...4).map { "K4-\($0)" } + (1...6).map { "K6-\($0)" }
            try await Self.answer(everyone, in: fixture, on: app) { "góp ý của \($0)" }
            let report = try await Self.report(app, by: .class)
            let four = try #require(report.groups.first { $0.key == "K4" })
            #expect(four.suppressed && four.questions.isEmpty && four.respondents == 4)
            let six = try #require(report.groups.first { $0.key == "K6" })
            #expect(!six.suppressed)
            #expect(six.questions.first { $0.code == "noi-dung" }?.mean == 4)
            #expect(six.questions.first { $0.code == "gop-y" }?.texts == (1...6).map { "góp ý của K6-\($0)" })
            // The whole holds only the class large enough: subtracting K6 from it reveals nothing of K4.
            let all = try await Self.report(app, by: .all)
            #expect(all.groups.first?.questions.first { $0.code == "gop-y" }?.texts.count == 6)
            let lecturer = try await Self.report(app, by: .lecturer)
            #expect(lecturer.groups.allSatisfy { $0.questions.first { $0.code == "gop-y" }?.texts.count == 6 })
            // Asking for smaller groups is raised to the floor of 5.
            #expect(try await Self.report(app, by: .class, minimum: 2).minimumGroup == 5)
        }
    }

    @Test("a province of two is withheld with the next smallest, so the whole minus the shown does not reveal it")
    func subtraction() async throws {
        let provinces = Array(repeating: "01", count: 6) + ["79", "79"]
        try await SurveyAnsweringTests.world(["K8": provinces]) { _, fixture, app in
            try await Self.answer((1...8).map { "K8-\($0)" }, in: fixture, on: app)
            let report = try await Self.report(app, by: .province)
            #expect(report.groups.map(\.key) == ["01", "79"])
            #expect(report.groups.allSatisfy { $0.suppressed && $0.questions.isEmpty })
            // Rows released by province carry no class, rows by class no province.
            let byProvince = try await app.surveys.releasedAnswers(
                survey: "DG", byProvince: true, minimumGroup: 5, at: Self.closed)
            #expect(byProvince.count == 8 && byProvince.allSatisfy { $0.classCode == nil && $0.provinceCode != nil })
            let byClass = try await app.surveys.releasedAnswers(
                survey: "DG", byProvince: false, minimumGroup: 5, at: Self.closed)
            #expect(byClass.count == 8 && byClass.allSatisfy { $0.classCode == "K8" && $0.provinceCode == nil })
        }
    }

    @Test("no answer is released while its round is open, so two reports a day apart cannot be differenced")
    func openRoundsWithheld() async throws {
        try await SurveyAnsweringTests.world(["K6": Array(repeating: "01", count: 6)]) { _, fixture, app in
            try await Self.answer((1...6).map { "K6-\($0)" }, in: fixture, on: app)
            #expect(
                try await app.surveys.releasedAnswers(survey: "DG", byProvince: false, minimumGroup: 5, at: Self.open)
                    == [])
            #expect(
                try await app.surveys.releasedAnswers(survey: "DG", byProvince: false, minimumGroup: 5, at: Self.closed)
                    .count == 6)
        }
    }

    @Test("the application role cannot read the answers or the secret, not even after its rights are granted again")
    func applicationRoleLockedOut() async throws {
        try await SurveyAnsweringTests.world(["K1": ["01"]]) { test, fixture, app in
            try await Self.answer(["K1-1"], in: fixture, on: app)
            try await test.run { pool in
                try await pool.client.query("SELECT grant_application_role()", logger: TestCluster.logger)
            }
            for statement: PostgresQuery in [
                "SELECT * FROM survey_answers", "SELECT * FROM survey_secret", "SELECT ctid FROM survey_answers",
                "UPDATE survey_answers SET answers = '{}'", "DELETE FROM survey_answers",
            ] {
                do {
                    try await app.client.query(statement, logger: TestCluster.logger)
                    Issue.record("the application role may run: \(statement.sql)")
                } catch {
                    #expect(DatabaseFailure.sqlState(of: error) == "42501", "\(statement.sql)")
                }
            }
        }
    }

    @Test("no table or column of the database ties an answer to its delegate")
    func noJoinAnywhere() async throws {
        let world = ["K6": Array(repeating: "01", count: 6)]
        try await SurveyAnsweringTests.world(world) { test, fixture, app in
            let codes = (1...6).map { "K6-\($0)" }
            try await Self.answer(codes, in: fixture, on: app) { "DẤU-\($0)" }
            try await test.run { pool in
                let logger = TestCluster.logger
                // The answers' own columns: nothing of a delegate, no time, no serial number.
                let columns = try await pool.client.query(
                    """
                    SELECT table_name, column_name, data_type, coalesce(column_default, '')
                    FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name IN ('survey_answers', 'survey_respondents')
                    ORDER BY table_name, ordinal_position
                    """, logger: logger
                ).collect().map { try $0.decode((String, String, String, String).self) }
                #expect(
                    columns.filter { $0.0 == "survey_answers" }.map(\.1) == [
                        "answer_key", "survey_code", "class_id", "module_code", "province_code", "answers",
                    ])
                #expect(columns.allSatisfy { !$0.2.contains("time") && $0.2 != "date" && !$0.3.contains("nextval") })

                // Every column of every table, as text: a delegate's marker is only in the answers, and an answer's
                // key nowhere but in its own row.
                let all = try await pool.client.query(
                    """
                    SELECT c.table_name, c.column_name FROM information_schema.columns c
                    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                    """, logger: logger
                ).collect().map { try $0.decode((String, String).self) }
                let keys = try await pool.client.query(
                    "SELECT encode(answer_key, 'hex') FROM survey_answers", logger: logger
                ).collect().map { try $0.decode(String.self) }
                #expect(keys.count == 6)
                for (table, column) in all {
                    let found = try await pool.client.query(
                        """
                        SELECT count(*) FROM \(unescaped: "\"\(table)\"")
                        WHERE \(unescaped: "\"\(column)\"")::text LIKE '%DẤU-K6-%'
                           OR \(unescaped: "\"\(column)\"")::text LIKE ANY(\(keys.map { "%\($0)%" }))
                        """, logger: logger
                    ).collect().first!.decode(Int.self)
                    let expected = table == "survey_answers" && ["answers", "answer_key"].contains(column) ? 6 : 0
                    #expect(found == expected, "\(table).\(column)")
                }

                // The trail and the outbox know nothing of answers or of who answered.
                let trail = try await pool.client.query(
                    """
                    SELECT count(*) FROM audit_log
                    WHERE table_name IN ('survey_answers', 'survey_respondents', 'survey_secret')
                    """, logger: logger
                ).collect().first!.decode(Int.self)
                #expect(trail == 0)
                let triggers = try await pool.client.query(
                    """
                    SELECT count(*) FROM pg_trigger
                    WHERE NOT tgisinternal AND tgrelid IN ('survey_answers'::regclass, 'survey_respondents'::regclass)
                    """, logger: logger
                ).collect().first!.decode(Int.self)
                #expect(triggers == 0)
            }
            // The order answers come out in is their random keys', not the order they were given.
            let released = try await app.surveys.releasedAnswers(
                survey: "DG", byProvince: false, minimumGroup: 5, at: Self.closed)
            let texts = released.compactMap { if case .text(let text)? = $0.answers["gop-y"] { text } else { nil } }
            #expect(Set(texts) == Set(codes.map { "DẤU-\($0)" }))
        }
    }
}
