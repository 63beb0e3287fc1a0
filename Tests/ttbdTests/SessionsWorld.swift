import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingStore

/// A database for the resource and session commands: the reference data, two programs, a venue in Hanoi
/// with rooms P1 and P2, lecturers GV1 (B01, B02), GV2 (B01) and GV3 (A01), a holiday on 2026-05-01, GV2 away
/// on 2026-05-05, P2 closed on 2026-05-08, and three classes made by SQL: B-HN-01 (cohorts N1, N2) and B-HN-02 (N1) at HN from
/// 2026-04-27 to 2026-05-29, and B-OL-01 online (N1).
struct SessionsWorld {
    let database: TestDatabase
    let environment: [String: String]

    /// Runs `ttbd arguments…` against the world's database.
    func ttbd(_ arguments: String...) async throws -> ChildProcess.Output {
        try await CommandLineTool.run(arguments, environment: environment)
    }

    /// Runs one SQL statement and returns the first column of its first row as text.
    func value(_ query: PostgresQuery) async throws -> String? {
        try await database.run { pool in
            try await pool.client.query(query, logger: TestCluster.logger).collect().first?.decode(String?.self)
        }
    }

    /// A digest of every row of `tables` (names from the tests themselves), to show a refusal changed nothing.
    func digest(_ tables: [String] = ["sessions", "session_lecturers", "audit_log"]) async throws -> String {
        let rows = tables.map { "SELECT row_to_json(x)::text AS t FROM \($0) x" }.joined(separator: " UNION ALL ")
        return try await value(
            PostgresQuery(unsafeSQL: "SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty') FROM (\(rows)) rows")
        ) ?? ""
    }

    /// Writes `text` to a file named `name` in `folder` and returns its path.
    static func write(_ text: String, in folder: TemporaryFolder, as name: String) throws -> String {
        let path = "\(folder.path)/\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func with(_ body: (SessionsWorld) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await ReferenceData.load(into: pool)
                for statement in statements {
                    try await pool.client.query(PostgresQuery(unsafeSQL: statement), logger: TestCluster.logger)
                }
            }
            try await body(SessionsWorld(database: database, environment: ["DATABASE_URL": database.url]))
        }
    }

    private static let statements = [
        """
        INSERT INTO curricula (code, term_code, title) VALUES
            ('CT-B', '2026-2031', 'Bồi dưỡng đại biểu HĐND'), ('CT-A', '2026-2031', 'Bồi dưỡng đại biểu Quốc hội')
        """,
        """
        INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions) VALUES
            ('B01', 'CT-B', 1, 'Tổng quan về HĐND', 2), ('B02', 'CT-B', 2, 'Kỹ năng chất vấn', 2),
            ('A01', 'CT-A', 1, 'Quốc hội và đại biểu Quốc hội', 2)
        """,
        "INSERT INTO venues (code, name, province_code) VALUES ('HN', 'Hội trường Hà Nội', '01')",
        """
        INSERT INTO rooms (venue_id, code, name, capacity)
        SELECT id, r.code, r.name, 60 FROM venues, (VALUES ('P1', 'Phòng 1'), ('P2', 'Phòng 2')) AS r(code, name)
        """,
        """
        INSERT INTO lecturers (code, full_name, name_sort_key) VALUES
            ('GV1', 'Trần Thị Hoa', 'Hoa Thị Trần'), ('GV2', 'Lê Văn Bình', 'Bình Văn Lê'),
            ('GV3', 'Phạm Minh Châu', 'Châu Minh Phạm')
        """,
        """
        INSERT INTO lecturer_modules (lecturer_id, module_code)
        SELECT l.id, m.module FROM lecturers l
        JOIN (VALUES ('GV1', 'B01'), ('GV1', 'B02'), ('GV2', 'B01'), ('GV3', 'A01')) AS m(code, module) ON m.code = l.code
        """,
        """
        INSERT INTO unavailability (kind, during, reason) VALUES
            ('holiday', tstzrange('2026-05-01 00:00+07', '2026-05-02 00:00+07'), 'Ngày Quốc tế Lao động')
        """,
        """
        INSERT INTO unavailability (kind, lecturer_id, during, reason)
        SELECT 'leave', id, tstzrange('2026-05-05 00:00+07', '2026-05-06 00:00+07'), 'công tác'
        FROM lecturers WHERE code = 'GV2'
        """,
        """
        INSERT INTO unavailability (kind, room_id, during, reason)
        SELECT 'closure', id, tstzrange('2026-05-08 00:00+07', '2026-05-09 00:00+07'), 'sửa chữa'
        FROM rooms WHERE code = 'P2'
        """,
        """
        INSERT INTO classes (code, curriculum_code, venue_id, online, capacity, starts_on, ends_on)
        SELECT c.code, 'CT-B', CASE WHEN c.online THEN NULL ELSE v.id END, c.online, 30, '2026-04-27', '2026-05-29'
        FROM venues v, (VALUES ('B-HN-01', false), ('B-HN-02', false), ('B-OL-01', true)) AS c(code, online)
        """,
        """
        INSERT INTO cohorts (class_id, code)
        SELECT c.id, n.cohort FROM classes c
        JOIN (VALUES ('B-HN-01', 'N1'), ('B-HN-01', 'N2'), ('B-HN-02', 'N1'), ('B-OL-01', 'N1')) AS n(class, cohort)
            ON n.class = c.code
        """,
    ]
}
