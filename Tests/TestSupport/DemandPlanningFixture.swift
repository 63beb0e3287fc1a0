import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingModel
import TrainingOperations
import TrainingStore

/// A needs survey's released demand and a class to plan by it, on ``ReferenceData`` and ``SurveyFixture`` (program CT-B: B01 and B02,
/// neither before the other; NC, the needs survey of the term, open 2026-04-01 to 2026-05-15, topics B01/B02,
/// months 2026-06/2026-07). Six council delegates of Hà Nội (01) ask for B02 in June; five of Hồ Chí Minh City (79)
/// ask for B01 in June; each answers through the survey's own answering path on 2026-05-10. B01 takes
/// four half-days. Class B-HN-09 meets at venue HN (Hà Nội, room P1 of 30 seats) from Monday 2026-06-29 to Friday
/// 2026-07-10, one cohort N1 of 6: its first four half-days are in June, so the module taken first fills them.
/// GV01 teaches B01, GV02 B02.
public enum DemandPlanningFixture {
    /// When NC's round has closed and its answers are released.
    public static let released = SurveyFixture.at("2026-05-16 08:00")

    /// Two more needs surveys of the term, closed with nobody answering: NC-TEXT asks only for free text, NC-2 asks
    /// NC's topic and month questions.
    public static let unanswered: [Survey] = [
        Survey(
            code: "NC-TEXT", title: "Góp ý về bồi dưỡng", kind: .needs, termCode: "2026-2031",
            opensOn: CalendarDate(year: 2026, month: 4, day: 1), closesOn: CalendarDate(year: 2026, month: 5, day: 15),
            questions: [SurveyQuestion(code: "y-kien", text: "Ý kiến", kind: .text)]),
        Survey(
            code: "NC-2", title: "Khảo sát nhu cầu bổ sung", kind: .needs, termCode: "2026-2031",
            opensOn: CalendarDate(year: 2026, month: 4, day: 1), closesOn: CalendarDate(year: 2026, month: 5, day: 15),
            questions: SurveyFixture.surveys.first { $0.code == "NC" }!.questions),
    ]

    public static func insert(into database: Database) async throws {
        try await ReferenceData.load(into: database)
        _ = try await SurveyFixture.insert(into: database, classes: [:])
        let statements: [PostgresQuery] = [
            "UPDATE modules SET half_day_sessions = 4 WHERE code = 'B01'",
            """
            INSERT INTO lecturer_modules (lecturer_id, module_code)
            SELECT l.id, m.module FROM lecturers l
            JOIN (VALUES ('GV01', 'B01'), ('GV02', 'B02')) AS m(code, module) ON m.code = l.code
            """,
            """
            INSERT INTO bodies (kind, province_code, name)
            VALUES ('province_council', '01', 'HĐND thành phố Hà Nội'),
                   ('province_council', '79', 'HĐND Thành phố Hồ Chí Minh')
            """,
            """
            INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, first_time)
            SELECT b.province_code || '-' || g, 'Đại biểu ' || b.province_code || ' ' || g, 'Đại biểu ' || g, b.id,
                   b.province_code, '2026-2031', true
            FROM bodies b CROSS JOIN LATERAL generate_series(1, CASE b.province_code WHEN '01' THEN 6 ELSE 5 END) AS g
            """,
            "INSERT INTO venues (code, name, province_code) VALUES ('HN', 'Hội trường Hà Nội', '01')",
            "INSERT INTO rooms (venue_id, code, name, capacity) SELECT id, 'P1', 'Phòng 1', 30 FROM venues",
            """
            INSERT INTO classes (code, curriculum_code, venue_id, capacity, starts_on, ends_on)
            SELECT 'B-HN-09', 'CT-B', id, 30, '2026-06-29', '2026-07-10' FROM venues
            """,
            "INSERT INTO cohorts (class_id, code, size_hint) SELECT id, 'N1', 6 FROM classes",
        ]
        for statement in statements {
            try await database.client.query(statement, logger: TestCluster.logger)
        }
        _ = try await database.transaction(dryRun: false) {
            try await database.catalog.importCatalog(
                Catalog(kinds: [.surveys], surveys: SurveyFixture.surveys + unanswered), force: false, dryRun: false,
                in: $0)
        }
        let delegates = try await database.client.query(
            "SELECT id, province_code FROM delegates ORDER BY code", logger: TestCluster.logger
        ).collect().map { try $0.decode((Int, String).self) }
        let operations = TrainingOperations(database: database)
        for (id, province) in delegates {
            let wanted: [String: SurveyAnswer] =
                province == "01"
                ? ["chuyen-de": .choices(["B02"]), "thang": .choices(["2026-06"])]
                : ["chuyen-de": .choices(["B01"]), "thang": .choices(["2026-06"])]
            _ = try await operations.answerSurvey(
                "NC", delegateID: id, submission: .init(answers: wanted), at: SurveyFixture.at("2026-05-10 09:00"))
        }
    }
}
