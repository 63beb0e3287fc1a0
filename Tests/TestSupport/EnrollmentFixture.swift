import PostgresInfrastructure
import PostgresNIO
import TrainingModel
import TrainingOperations
import TrainingStore

/// A world to enroll in, on top of the reference data: the National Assembly and two councils of Hà Nội,
/// four named delegates and `councillors` more, programs CT-B (for council+first-time: B01, then B02 which
/// needs B01) and CT-C (for any council: C01, which needs B02), and the venue HN.
public enum EnrollmentFixture {
    public static func load(into database: Database, councillors: Int = 3) async throws {
        try await ReferenceData.load(into: database)
        let statements: [PostgresQuery] = [
            """
            INSERT INTO bodies (kind, province_code, commune_code, name) VALUES
                ('national_assembly', NULL, NULL, 'Quốc hội'),
                ('province_council', '01', NULL, 'HĐND thành phố Hà Nội'),
                ('commune_council', '01', '00004', 'HĐND phường Ba Đình')
            """,
            """
            INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, commune_code, term_code,
                                   first_time)
            SELECT d.code, d.name, d.sort_key, b.id, d.province, d.commune, '2026-2031', d.first_time
            FROM (VALUES
                ('0101', 'Nguyễn Văn An', 'An Văn Nguyễn', 'commune_council', '01', '00004', true),
                ('0102', 'Đặng Thị Ánh', 'Ánh Thị Đặng', 'province_council', '01', NULL, true),
                ('0103', 'Trần Văn Dũng', 'Dũng Văn Trần', 'national_assembly', NULL, NULL, false),
                ('0104', 'Lê Thị Mai', 'Mai Thị Lê', 'province_council', '01', NULL, false)
            ) AS d(code, name, sort_key, kind, province, commune, first_time)
            JOIN bodies b ON b.kind = d.kind
            """,
            """
            INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, first_time)
            SELECT 'P' || lpad(g::text, 3, '0'), 'Đại biểu Số ' || g, 'Số ' || lpad(g::text, 3, '0'), b.id, '01',
                   '2026-2031', true
            FROM generate_series(1, \(councillors)) AS g JOIN bodies b ON b.kind = 'province_council'
            """,
            """
            INSERT INTO curricula (code, term_code, title, audience) VALUES
                ('CT-B', '2026-2031', 'Bồi dưỡng đại biểu HĐND', '{council+first-time}'),
                ('CT-C', '2026-2031', 'Bồi dưỡng Thường trực HĐND', '{council}')
            """,
            """
            INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions) VALUES
                ('B01', 'CT-B', 1, 'Tổng quan về HĐND', 1),
                ('B02', 'CT-B', 2, 'Kỳ họp HĐND', 1),
                ('C01', 'CT-C', 1, 'Điều hành kỳ họp', 1)
            """,
            "INSERT INTO module_prerequisites VALUES ('B02', 'B01'), ('C01', 'B02')",
            "INSERT INTO venues (code, name, province_code) VALUES ('HN', 'Hội trường Hà Nội', '01')",
        ]
        for statement in statements {
            try await database.client.query(statement, logger: TestCluster.logger)
        }
    }

    /// Opens a class of CT-B (or `program`) in May 2026 at HN.
    @discardableResult
    public static func open(
        _ code: String, in database: Database, program: String = "CT-B", modules: [String] = [], capacity: Int = 30,
        cohorts: Int = 1
    ) async throws -> ClassSummary {
        try await TrainingOperations(database: database).createClass(
            NewClass(
                code: code, program: program, modules: modules, capacity: capacity, venue: "HN",
                startsOn: CalendarDate(parsing: "2026-05-04")!, endsOn: CalendarDate(parsing: "2026-05-29")!,
                cohorts: cohorts))
    }

    /// A digest of every row enrollment touches, to show that a refusal changed nothing.
    public static func digest(_ database: Database) async throws -> String {
        try await database.client.query(
            """
            SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty') FROM (
                SELECT e::text AS t FROM enrollments e
                UNION ALL SELECT h::text FROM enrollment_status_history h
                UNION ALL SELECT c::text FROM classes c
                UNION ALL SELECT c::text FROM cohorts c
                UNION ALL SELECT m::text FROM class_modules m
                UNION ALL SELECT a::text FROM audit_log a) rows
            """, logger: TestCluster.logger
        ).collect().first!.decode(String.self)
    }

    /// Runs a statement whose single row is a number.
    public static func number(_ database: Database, _ query: PostgresQuery) async throws -> Int {
        try await database.client.query(query, logger: TestCluster.logger).collect().first!.decode(Int.self)
    }

    /// Runs `body` with a fresh database holding this world.
    public static func with(councillors: Int = 3, _ body: (Database) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await load(into: pool, councillors: councillors)
                try await body(pool)
            }
        }
    }
}
