import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingModel
import TrainingStore

/// A class to take attendance in, built by SQL: program CT-B (B01 and B02 of four half-days, B03 of two, all
/// required, 80 %), class B-HN-01 at a Hanoi venue with cohorts N1 and N2, ten sessions of N1 from Monday
/// 4 to Friday 8 May 2026 (mornings 07:30–11:30, afternoons 13:30–17:00), six delegates seated in N1, one in
/// N2, and one National Assembly delegate enrolled nowhere.
struct AttendanceFixture {
    let database: TestDatabase
    /// Where a test writes its files; removed afterwards.
    let folder: TemporaryFolder
    /// The ten sessions of N1 in time order: B01 ×4, B02 ×4, B03 ×2.
    var sessions: [Int] = []

    var environment: [String: String] { ["DATABASE_URL": database.url] }

    /// Delegate codes and names; the names in Vietnamese order are An, Ánh, Bình, Dũng, Đức, Út.
    static let cohortN1 = [
        ("HN01", "Nguyễn Văn An"), ("HN02", "Trần Thị Ánh"), ("HN03", "Lê Văn Bình"), ("HN04", "Phạm Minh Đức"),
        ("HN05", "Hoàng Văn Dũng"), ("HN06", "Ngô Thị <Lan> & Út"),
    ]

    /// Runs `body` with a fresh database holding the fixture.
    static func with(_ body: (AttendanceFixture) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            var fixture = AttendanceFixture(database: database, folder: folder)
            try await fixture.insert()
            try await body(fixture)
        }
    }

    private mutating func insert() async throws {
        try await execute(
            """
            INSERT INTO provinces (code, name, kind, codename) VALUES
                ('01', 'Thành phố Hà Nội', 'thành phố trung ương', 'ha_noi'),
                ('79', 'Thành phố Hồ Chí Minh', 'thành phố trung ương', 'ho_chi_minh')
            """,
            "INSERT INTO terms (code, starts_on, ends_on) VALUES ('2026-2031', '2026-03-15', '2031-03-14')",
            "INSERT INTO bodies (kind, province_code, name) VALUES ('province_council', '01', 'HĐND thành phố Hà Nội')",
            "INSERT INTO bodies (kind, name) VALUES ('national_assembly', 'Quốc hội')",
            "INSERT INTO curricula (code, term_code, title) VALUES ('CT-B', '2026-2031', 'Bồi dưỡng đại biểu HĐND')",
            """
            INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions) VALUES
                ('B01', 'CT-B', 1, 'Tổng quan về HĐND', 4), ('B02', 'CT-B', 2, 'Kỹ năng chất vấn', 4),
                ('B03', 'CT-B', 3, 'Giám sát ngân sách', 2)
            """,
            "INSERT INTO venues (code, name, province_code) VALUES ('HN', 'Hội trường Hà Nội', '01')",
            "INSERT INTO rooms (venue_id, code, name, capacity) SELECT id, 'P1', 'Phòng 1', 100 FROM venues",
            """
            INSERT INTO lecturers (code, full_name, name_sort_key) VALUES
                ('GV1', 'Trần Thị Hoa', 'Hoa Thị Trần'), ('GV2', 'Lê Văn Bình', 'Bình Văn Lê')
            """,
            """
            INSERT INTO classes (code, curriculum_code, venue_id, capacity, starts_on, ends_on)
            SELECT 'B-HN-01', 'CT-B', id, 30, '2026-05-04', '2026-05-08' FROM venues
            """,
            "INSERT INTO cohorts (class_id, code) SELECT classes.id, c.code FROM classes, (VALUES ('N1'), ('N2')) AS c(code)"
        )
        for (code, name, body, province) in Self.cohortN1.map({ ($0.0, $0.1, "province_council", "01") }) + [
            ("HN07", "Bùi Văn Cao", "province_council", "01"), ("QH01", "Đặng Văn Cường", "national_assembly", "79"),
        ] {
            try await query(
                """
                INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code)
                SELECT \(code), \(name), \(VietnameseName(name).sortKey), id, \(province), '2026-2031'
                FROM bodies WHERE kind = \(body)
                """)
        }
        try await enroll(Self.cohortN1.map(\.0), in: "B-HN-01", cohort: "N1")
        try await enroll(["HN07"], in: "B-HN-01", cohort: "N2")
        for day in 4...8 {
            for (start, end) in [("07:30", "11:30"), ("13:30", "17:00")] {
                let module = day < 6 ? "B01" : day < 8 ? "B02" : "B03"
                sessions.append(
                    try await one(
                        """
                        INSERT INTO sessions (class_id, cohort_id, module_code, room_id, during)
                        SELECT c.id, co.id, \(module), r.id,
                               tstzrange((\("2026-05-0\(day) \(start)")::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'),
                                         (\("2026-05-0\(day) \(end)")::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'), '[)')
                        FROM classes c JOIN cohorts co ON co.class_id = c.id AND co.code = 'N1', rooms r
                        RETURNING id
                        """))
            }
        }
        try await execute(
            """
            INSERT INTO session_lecturers (session_id, lecturer_id)
            SELECT s.id, l.id FROM sessions s, lecturers l WHERE s.id = (SELECT min(id) FROM sessions)
            """)
    }

    /// Seats delegates in a class's cohort (`nil`: the class has no cohort for them).
    func enroll(_ codes: [String], in classCode: String, cohort: String?) async throws {
        try await query(
            """
            INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
            SELECT c.id, co.id, d.id, 'enrolled'
            FROM classes c LEFT JOIN cohorts co ON co.class_id = c.id AND co.code = \(cohort), delegates d
            WHERE c.code = \(classCode) AND d.code = ANY(\(codes)::text[])
            """)
    }

    /// Marks `code` at the sessions with these positions (0–9) as `status`, by SQL.
    func mark(_ code: String, _ status: String, at positions: some Sequence<Int>) async throws {
        try await query(
            """
            INSERT INTO attendance (session_id, delegate_id, status)
            SELECT s, d.id, \(status) FROM delegates d, unnest(\(positions.map { sessions[$0] })::bigint[]) AS s
            WHERE d.code = \(code)
            ON CONFLICT (session_id, delegate_id) DO UPDATE SET status = EXCLUDED.status
            """)
    }

    /// Each delegate's mark at a session as `code:status`, by code.
    func marks(at session: Int) async throws -> [String] {
        try await strings(
            """
            SELECT d.code || ':' || a.status FROM attendance a JOIN delegates d ON d.id = a.delegate_id
            WHERE a.session_id = \(session) ORDER BY d.code
            """)
    }

    /// A digest of everything the attendance, certificate and material commands write, to show a refusal
    /// changed nothing.
    func digest() async throws -> String {
        try await strings(
            """
            SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty') FROM (
                SELECT a::text AS t FROM attendance a UNION ALL SELECT s::text FROM sessions s
                UNION ALL SELECT e::text FROM enrollments e UNION ALL SELECT x::text FROM certificates x
                UNION ALL SELECT m::text FROM materials m UNION ALL SELECT mm::text FROM module_materials mm) rows
            """)[0]
    }

    func execute(_ statements: String...) async throws {
        for statement in statements { try await query(PostgresQuery(unsafeSQL: statement)) }
    }

    func query(_ query: PostgresQuery) async throws {
        try await database.run { _ = try await $0.client.query(query, logger: TestCluster.logger).collect() }
    }

    func strings(_ query: PostgresQuery) async throws -> [String] {
        try await database.run { pool in
            try await pool.client.query(query, logger: TestCluster.logger).collect().map { try $0.decode(String.self) }
        }
    }

    private func one(_ query: PostgresQuery) async throws -> Int {
        try await database.run {
            try await $0.client.query(query, logger: TestCluster.logger).collect()[0].decode(Int.self)
        }
    }

    /// Runs `ttbd arguments…` against the fixture's database.
    func ttbd(_ arguments: String...) async throws -> ChildProcess.Output {
        try await CommandLineTool.run(arguments, environment: environment)
    }

    /// Writes `text` to a file in the fixture's folder, returning its path.
    func write(_ text: String, as name: String) throws -> String {
        let path = "\(folder.path)/\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
