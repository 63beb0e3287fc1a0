import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingStore

/// A database for `schedule plan`, made by SQL: program CT-B with B01 → B02 → {B03 (two half-days), B04}; venues
/// HN (Hà Nội, rooms P1 and P2 of 60 seats, P3 of 20) and HP (Hải Phòng, room P1); lecturers GV1 Trần Thị Hoa
/// (home 01: B01–B03), GV2 Lê Văn Bình (home 31: B02, B03) and GV3 Phạm Minh Châu (the only one for B04); the
/// holiday of 2026-05-01, a sitting of Hà Nội's HĐND on 2026-04-29; classes for first-time council delegates from
/// Monday 2026-04-27 to Friday 2026-05-08: B-HN-01 (cohorts N1, N2 of 40) and B-HN-02 (N1 of 40) at HN, B-HP-01
/// (N1 of 40) at HP.
struct SchedulePlanWorld {
    let database: TestDatabase
    let environment: [String: String]

    func ttbd(_ arguments: String...) async throws -> ChildProcess.Output {
        try await CommandLineTool.run(arguments, environment: environment)
    }

    /// The first column of every row, as text.
    func column(_ query: PostgresQuery) async throws -> [String] {
        try await database.run { pool in
            try await pool.client.query(query, logger: TestCluster.logger).collect().map { try $0.decode(String.self) }
        }
    }

    /// A digest of the tables a plan writes, to show a refusal changed nothing.
    func digest() async throws -> String {
        try await column(
            """
            SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty') FROM (
                SELECT row_to_json(s)::text AS t FROM sessions s
                UNION ALL SELECT row_to_json(l)::text FROM session_lecturers l
                UNION ALL SELECT row_to_json(a)::text FROM audit_log a) rows
            """)[0]
    }

    static func with(_ body: (SchedulePlanWorld) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await ReferenceData.load(into: pool)
                for statement in statements {
                    try await pool.client.query(PostgresQuery(unsafeSQL: statement), logger: TestCluster.logger)
                }
            }
            try await body(SchedulePlanWorld(database: database, environment: ["DATABASE_URL": database.url]))
        }
    }

    private static let statements = [
        """
        INSERT INTO curricula (code, term_code, title, audience)
        VALUES ('CT-B', '2026-2031', 'Bồi dưỡng đại biểu HĐND', '{council+first-time}')
        """,
        """
        INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions) VALUES
            ('B01', 'CT-B', 1, 'Tổng quan về HĐND', 1), ('B02', 'CT-B', 2, 'Kỹ năng chất vấn', 1),
            ('B03', 'CT-B', 3, 'Giám sát, khảo sát', 2), ('B04', 'CT-B', 4, 'Ngân sách địa phương', 1)
        """,
        """
        INSERT INTO module_prerequisites (module_code, prerequisite_code) VALUES
            ('B02', 'B01'), ('B03', 'B02'), ('B04', 'B02')
        """,
        """
        INSERT INTO venues (code, name, province_code) VALUES
            ('HN', 'Hội trường Hà Nội', '01'), ('HP', 'Hội trường Hải Phòng', '31')
        """,
        """
        INSERT INTO rooms (venue_id, code, name, capacity)
        SELECT v.id, r.code, r.name, r.capacity FROM venues v
        JOIN (VALUES ('HN', 'P1', 'Phòng 1', 60), ('HN', 'P2', 'Phòng 2', 60), ('HN', 'P3', 'Phòng nhỏ', 20),
                     ('HP', 'P1', 'Phòng 1', 60)) AS r(venue, code, name, capacity) ON r.venue = v.code
        """,
        """
        INSERT INTO lecturers (code, full_name, name_sort_key, home_province) VALUES
            ('GV1', 'Trần Thị Hoa', 'Hoa Thị Trần', '01'), ('GV2', 'Lê Văn Bình', 'Bình Văn Lê', '31'),
            ('GV3', 'Phạm Minh Châu', 'Châu Minh Phạm', '01')
        """,
        """
        INSERT INTO lecturer_modules (lecturer_id, module_code)
        SELECT l.id, m.module FROM lecturers l
        JOIN (VALUES ('GV1', 'B01'), ('GV1', 'B02'), ('GV1', 'B03'), ('GV2', 'B02'), ('GV2', 'B03'), ('GV3', 'B04'))
            AS m(code, module) ON m.code = l.code
        """,
        """
        INSERT INTO unavailability (kind, during, reason) VALUES
            ('holiday', tstzrange('2026-05-01 00:00+07', '2026-05-02 00:00+07'), 'Ngày Quốc tế Lao động')
        """,
        "INSERT INTO bodies (kind, province_code, name) VALUES ('province_council', '01', 'HĐND thành phố Hà Nội')",
        """
        INSERT INTO unavailability (kind, body_id, during, reason)
        SELECT 'sitting', id, tstzrange('2026-04-29 00:00+07', '2026-04-30 00:00+07'), 'Kỳ họp thứ nhất HĐND Hà Nội'
        FROM bodies WHERE kind = 'province_council' AND province_code = '01'
        """,
        """
        INSERT INTO classes (code, curriculum_code, venue_id, capacity, starts_on, ends_on)
        SELECT c.code, 'CT-B', v.id, 80, '2026-04-27', '2026-05-08'
        FROM (VALUES ('B-HN-01', 'HN'), ('B-HN-02', 'HN'), ('B-HP-01', 'HP')) AS c(code, venue)
        JOIN venues v ON v.code = c.venue
        """,
        """
        INSERT INTO cohorts (class_id, code, size_hint)
        SELECT c.id, n.cohort, 40 FROM classes c
        JOIN (VALUES ('B-HN-01', 'N1'), ('B-HN-01', 'N2'), ('B-HN-02', 'N1'), ('B-HP-01', 'N1')) AS n(class, cohort)
            ON n.class = c.code
        """,
    ]
}
