import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

/// Answering surveys as the service does (the application role): which rounds are open to whom, one answer per
/// delegate and round that a second replaces, and refusals that keep nothing.
@Suite("Answering surveys")
struct SurveyAnsweringTests {
    /// Runs `body` with the fixture built by the owner and a pool logged in as the application role.
    static func world(
        _ classes: [String: [String]], _ body: (TestDatabase, SurveyFixture, Database) async throws -> Void
    ) async throws {
        try await TestDatabase.with { test in
            let fixture = try await test.run { pool in
                try await ReferenceData.load(into: pool)
                return try await SurveyFixture.insert(into: pool, classes: classes)
            }
            let settings = test.settings.with(username: StoreConfiguration.applicationRole)
            try await Database.run(settings, logger: TestCluster.logger, actor: "web") {
                try await body(test, fixture, $0)
            }
        }
    }

    static let good: [String: SurveyAnswer] = [
        "noi-dung": .scale(4), "thoi-luong": .choice("vua"), "hinh-thuc": .choices(["giang", "mo-phong"]),
    ]

    /// Counts rows as the owner, who alone may read the answers.
    static func count(_ test: TestDatabase, _ table: String) async throws -> Int {
        try await test.run { pool in
            try await pool.client.query("SELECT count(*) FROM \(unescaped: table)", logger: TestCluster.logger)
                .collect().first!.decode(Int.self)
        }
    }

    @Test("a class survey opens when the class's last session ends, a module survey when the module's does")
    func openRounds() async throws {
        try await Self.world(["K1": ["01"]]) { _, fixture, app in
            let delegate = fixture.delegates["K1-1"]!
            let noon = try await app.surveys.openRounds(delegateID: delegate, at: SurveyFixture.at("2026-05-04 12:00"))
            #expect(noon.map { "\($0.surveyCode) \($0.subject)" } == ["DGM K1 B01", "NC "])
            let later = try await app.surveys.openRounds(delegateID: delegate, at: SurveyFixture.at("2026-05-10 09:00"))
            #expect(later.map { "\($0.surveyCode) \($0.subject)" } == ["DGM K1 B01", "DGM K1 B02", "NC ", "DG K1"])
            #expect(later.last?.closesOn == CalendarDate(year: 2026, month: 5, day: 18))
            #expect(later.allSatisfy { !$0.answered })
        }
    }

    @Test("a second answer replaces the first: one answer and one has-answered record per delegate and round")
    func changeable() async throws {
        try await Self.world(["K1": ["01"]]) { test, fixture, app in
            let operations = TrainingOperations(database: app)
            let delegate = fixture.delegates["K1-1"]!
            let now = SurveyFixture.at("2026-05-10 09:00")
            _ = try await operations.answerSurvey(
                "DG", delegateID: delegate, submission: .init(answers: Self.good), at: now)
            var second = Self.good
            second["noi-dung"] = .scale(2)
            second["gop-y"] = .text("  Cần thêm tình huống  ")
            let round = try await operations.answerSurvey(
                "DG", delegateID: delegate, submission: .init(classCode: "K1", answers: second), at: now)
            #expect(round.answered && round.classCode == "K1")
            #expect(try await Self.count(test, "survey_answers") == 1)
            #expect(try await Self.count(test, "survey_respondents") == 1)
            let kept = try await test.run { pool in
                try await pool.client.query("SELECT answers::text FROM survey_answers", logger: TestCluster.logger)
                    .collect().first!.decode(String.self)
            }
            let answers = try JSONDecoder().decode([String: SurveyAnswer].self, from: Data(kept.utf8))
            #expect(answers["noi-dung"] == .scale(2))
            #expect(answers["gop-y"] == .text("Cần thêm tình huống"))
            let listed = try await app.surveys.openRounds(delegateID: delegate, survey: "DG", at: now)
            #expect(listed.map(\.answered) == [true])
        }
    }

    @Test("answers that do not fit, a closed round, a class not mine and a module not named are refused; nothing kept")
    func refusals() async throws {
        try await Self.world(["K1": ["01"], "K2": ["79"]]) { test, fixture, app in
            let operations = TrainingOperations(database: app)
            let delegate = fixture.delegates["K1-1"]!
            let open = SurveyFixture.at("2026-05-10 09:00")
            var bad = Self.good
            bad["noi-dung"] = .scale(7)
            bad["thoi-luong"] = .choice("rat-dai")
            bad["khac"] = .text("?")
            bad["hinh-thuc"] = nil
            do {
                _ = try await operations.answerSurvey(
                    "DG", delegateID: delegate, submission: .init(answers: bad), at: open)
                Issue.record("bad answers were kept")
            } catch let error as SurveyAnswerError {
                #expect(
                    error.problems.map(\.wording.description) == [
                        "survey DG has no question khac; its questions are noi-dung, thoi-luong, hinh-thuc, gop-y",
                        "noi-dung takes a whole number from 1 to 5, not 7",
                        "'rat-dai' is not a choice of thoi-luong; expected one of ngan, vua, dai",
                        "hinh-thuc needs an answer",
                    ])
            }
            let refusals: [(String, SurveySubmission, Date, String)] = [
                (
                    "DG", .init(answers: Self.good), SurveyFixture.at("2026-05-19 08:00"),
                    "survey DG has no round open to you now"
                ),
                (
                    "DG", .init(classCode: "K1", answers: Self.good), SurveyFixture.at("2026-05-19 08:00"),
                    "survey DG for K1 is closed; answers are no longer taken"
                ),
                ("DG", .init(classCode: "K2", answers: Self.good), open, "survey DG for K2 is not one you can answer"),
                (
                    "DGM", .init(answers: ["huu-ich": .scale(5)]), open,
                    "survey DGM is open to you for K1 B01, K1 B02; say which class (and module) your answers are for"
                ),
                (
                    "NC", .init(answers: ["chuyen-de": .choices(["B01"]), "thang": .choices(["2026-06"])]),
                    SurveyFixture.at("2026-05-16 08:00"), "survey NC is closed; answers are no longer taken"
                ),
            ]
            for (survey, submission, now, message) in refusals {
                do {
                    _ = try await operations.answerSurvey(survey, delegateID: delegate, submission: submission, at: now)
                    Issue.record("\(survey) was answered: \(message)")
                } catch let error as StoreError {
                    #expect(error.message == message)
                }
            }
            #expect(try await Self.count(test, "survey_answers") == 0)
            #expect(try await Self.count(test, "survey_respondents") == 0)
        }
    }

    @Test("twenty answers of one delegate at once leave one answer; ten delegates at once leave ten")
    func concurrent() async throws {
        let provinces = Array(repeating: "01", count: 10)
        try await Self.world(["K1": provinces]) { test, fixture, app in
            let operations = TrainingOperations(database: app)
            let now = SurveyFixture.at("2026-05-10 09:00")
            let one = fixture.delegates["K1-1"]!
            try await withThrowingTaskGroup(of: Void.self) { group in
                for point in 0..<20 {
                    group.addTask {
                        var answers = Self.good
                        answers["noi-dung"] = .scale(point % 5 + 1)
                        _ = try await operations.answerSurvey(
                            "DG", delegateID: one, submission: .init(answers: answers), at: now)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await Self.count(test, "survey_answers") == 1)
            #expect(try await Self.count(test, "survey_respondents") == 1)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 1...10 {
                    let delegate = fixture.delegates["K1-\(index)"]!
                    group.addTask {
                        _ = try await operations.answerSurvey(
                            "DG", delegateID: delegate, submission: .init(answers: Self.good), at: now)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await Self.count(test, "survey_answers") == 10)
            #expect(try await Self.count(test, "survey_respondents") == 10)
        }
    }
}
