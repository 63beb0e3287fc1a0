import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingModel
import TrainingStore

/// A term to plan the induction of, on top of the reference data. Program CT-B (council+first-time: B01, then B02
/// which needs B01). First-time council delegates: Hà Nội (01) 10 of the province council and 3 to 7 in each of
/// the first 20 communes (101 in all, X01-1 already trained and X01-2 already in a class of CT-B); Hồ Chí Minh
/// City (79) 12 and 3 to 7 in each of its first 10 communes (57); Lai Châu (12) 5 with no venue; Cao Bằng (04) 3
/// whose venue has no room. Not in the plan: 2 Hà Nội delegates not first-time and a first-time deputy.
/// Venues: HN (room P1, 25 seats), HCM (room A, 100 seats), CB (no room). Lecturers GV01 (home 01) and GV79
/// (home 79) teach both modules.
enum InductionWorld {
    static let logger = TestCluster.logger

    static func load(into database: Database, lecturers: [String] = ["01", "79"]) async throws {
        try await ReferenceData.load(into: database)
        let statements: [PostgresQuery] = [
            """
            INSERT INTO bodies (kind, province_code, commune_code, name)
            SELECT 'province_council', p, NULL, 'HĐND tỉnh ' || p FROM unnest(ARRAY['01', '79', '12', '04']) AS p
            UNION ALL SELECT 'national_assembly', NULL, NULL, 'Quốc hội'
            UNION ALL
            SELECT 'commune_council', province_code, code, 'HĐND ' || name FROM (
                SELECT c.*, row_number() OVER (PARTITION BY province_code ORDER BY code) AS n
                FROM communes c WHERE province_code IN ('01', '79')) ranked
            WHERE n <= CASE province_code WHEN '01' THEN 20 ELSE 10 END
            """,
            """
            INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, commune_code, term_code,
                                   first_time)
            SELECT 'X' || coalesce(b.commune_code, b.province_code) || '-' || g, 'Đại biểu ' || g, 'Đại biểu ' || g,
                   b.id, b.province_code, b.commune_code, '2026-2031', true
            FROM bodies b
            CROSS JOIN LATERAL generate_series(1, CASE
                WHEN b.kind = 'commune_council' THEN 3 + b.commune_code::int % 5
                WHEN b.province_code = '01' THEN 10 WHEN b.province_code = '79' THEN 12
                WHEN b.province_code = '12' THEN 5 ELSE 3 END) AS g
            WHERE b.kind <> 'national_assembly'
            """,
            """
            INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, commune_code, term_code,
                                   first_time)
            SELECT code, 'Đại biểu ' || code, code, b.id, b.province_code, b.commune_code, '2026-2031', first_time
            FROM (VALUES ('OLD1', 'province_council', false), ('OLD2', 'province_council', false),
                         ('QH1', 'national_assembly', true)) AS d(code, kind, first_time)
            JOIN bodies b ON b.kind = d.kind AND (b.kind = 'national_assembly' OR b.province_code = '01')
            """,
            """
            INSERT INTO curricula (code, term_code, title, audience)
            VALUES ('CT-B', '2026-2031', 'Bồi dưỡng đại biểu HĐND', '{council+first-time}')
            """,
            """
            INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions) VALUES
                ('B01', 'CT-B', 1, 'Tổng quan về HĐND', 1),
                ('B02', 'CT-B', 2, 'Kỳ họp HĐND', 1)
            """,
            "INSERT INTO module_prerequisites VALUES ('B02', 'B01')",
            """
            INSERT INTO venues (code, name, province_code) VALUES
                ('HN', 'Hội trường Hà Nội', '01'), ('HCM', 'Hội trường Thành phố', '79'), ('CB', 'Hội trường Cao Bằng', '04')
            """,
            """
            INSERT INTO rooms (venue_id, code, name, capacity)
            SELECT v.id, r.code, r.code, r.capacity FROM (VALUES ('HN', 'P1', 25), ('HCM', 'A', 100)) AS r(venue, code, capacity)
            JOIN venues v ON v.code = r.venue
            """,
            """
            INSERT INTO lecturers (code, full_name, name_sort_key, home_province)
            SELECT 'GV' || p, 'Giảng viên ' || p, p, p FROM unnest(\(lecturers)::text[]) AS p
            """,
            "INSERT INTO lecturer_modules SELECT l.id, m.code FROM lecturers l CROSS JOIN modules m",
            // One Hà Nội delegate trained in CT-B, one enrolled in a class of it.
            """
            INSERT INTO classes (code, curriculum_code, venue_id, capacity, starts_on, ends_on, status)
            SELECT c.code, 'CT-B', v.id, 10, '2026-04-01', '2026-04-30', c.status
            FROM (VALUES ('B-HN-OLD', 'closed'), ('B-HN-NOW', 'planned')) AS c(code, status) JOIN venues v ON v.code = 'HN'
            """,
            """
            INSERT INTO enrollments (class_id, delegate_id, status)
            SELECT c.id, d.id, e.status
            FROM (VALUES ('B-HN-OLD', 'X01-1', 'completed'), ('B-HN-NOW', 'X01-2', 'enrolled')) AS e(class, delegate, status)
            JOIN classes c ON c.code = e.class JOIN delegates d ON d.code = e.delegate
            """,
        ]
        for statement in statements {
            try await database.client.query(statement, logger: logger)
        }
    }

    static func request(
        within: (String, String) = ("2026-06-01", "2026-06-30"), classSize: Int = 40, dryRun: Bool = false,
        program: String = "CT-B", term: String = "2026-2031"
    ) -> InductionRequest {
        InductionRequest(
            program: program, term: term, startsOn: CalendarDate(parsing: within.0)!,
            endsOn: CalendarDate(parsing: within.1)!, classSize: classSize, dryRun: dryRun, timeLimit: .seconds(5),
            seed: 7)
    }

    static func with(lecturers: [String] = ["01", "79"], _ body: (Database) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await load(into: pool, lecturers: lecturers)
                try await body(pool)
            }
        }
    }
}
