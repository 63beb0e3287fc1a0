import PostgresNIO
import TestSupport
import Testing

/// The sessions world (class B-HN-01 with cohorts N1 and N2, B-HN-02, rooms HN/P1 and HN/P2, lecturers GV1
/// Trần Thị Hoa and GV2 Lê Văn Bình) with six sessions added through `ttbd`, and delegate 0101 Nguyễn Văn An
/// seated in B-HN-01 N1 and B-HN-02 N1 by SQL:
///
///     id  class    cohort module  day                   room   lecturer
///     1   B-HN-01  N1     B01     Mon 2026-05-04 sáng   HN/P1  GV1
///     2   B-HN-01  N1     B01     Mon 2026-05-04 chiều  HN/P1  GV1
///     3   B-HN-01  N2     B02     Wed 2026-05-06 sáng   HN/P2  GV1
///     4   B-HN-01  N1     B02     Tue 2026-05-12 sáng   HN/P1  GV1  cancelled (revision 1)
///     5   B-HN-01  N1     B02     Tue 2026-05-12 chiều  HN/P1  GV1
///     6   B-HN-02  N1     B01     Thu 2026-05-07 sáng   HN/P2  GV2
///
/// 2026-05-04 to 05-10 is ISO week 19, 05-11 to 05-17 week 20.
enum ScheduleShowFixture {
    static func with(_ body: (SessionsWorld) async throws -> Void) async throws {
        try await SessionsWorld.with { world in
            let sessions = [
                ["B-HN-01", "N1", "B01", "2026-05-04", "morning", "P1", "GV1"],
                ["B-HN-01", "N1", "B01", "2026-05-04", "afternoon", "P1", "GV1"],
                ["B-HN-01", "N2", "B02", "2026-05-06", "morning", "P2", "GV1"],
                ["B-HN-01", "N1", "B02", "2026-05-12", "morning", "P1", "GV1"],
                ["B-HN-01", "N1", "B02", "2026-05-12", "afternoon", "P1", "GV1"],
                ["B-HN-02", "N1", "B01", "2026-05-07", "morning", "P2", "GV2"],
            ]
            for session in sessions {
                let added = try await CommandLineTool.run(
                    [
                        "sessions", "add", "--class", session[0], "--cohort", session[1], "--module", session[2],
                        "--date", session[3], "--slot", session[4], "--room", session[5], "--lecturer", session[6],
                    ], environment: world.environment)
                #expect(added.status == 0, "\(added.text)")
            }
            let cancelled = try await world.ttbd("sessions", "cancel", "4", "--reason", "giảng viên ốm")
            #expect(cancelled.status == 0, "\(cancelled.text)")
            try await world.database.run { pool in
                for statement in statements {
                    try await pool.client.query(PostgresQuery(unsafeSQL: statement), logger: TestCluster.logger)
                }
            }
            try await body(world)
        }
    }

    private static let statements = [
        "INSERT INTO bodies (kind, province_code, name) VALUES ('province_council', '01', 'HĐND thành phố Hà Nội')",
        """
        INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, first_time)
        SELECT '0101', 'Nguyễn Văn An', 'An Văn Nguyễn', id, '01', '2026-2031', true FROM bodies
        """,
        """
        INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
        SELECT c.id, co.id, d.id, 'enrolled' FROM classes c JOIN cohorts co ON co.class_id = c.id, delegates d
        WHERE c.code IN ('B-HN-01', 'B-HN-02') AND co.code = 'N1'
        """,
    ]
}
