import PostgresInfrastructure
import PostgresNIO
import TrainingModel
import TrainingStore

/// Delegates of several provinces for the reservation tests, on top of ``EnrollmentFixture`` (whose `P…`
/// councillors are of Hà Nội, 01), and enrolling on a day the test chooses.
public enum SeatFixture {
    public static let april1 = CalendarDate(parsing: "2026-04-01")!
    public static let april30 = CalendarDate(parsing: "2026-04-30")!
    public static let may1 = CalendarDate(parsing: "2026-05-01")!

    /// Adds `count` first-time councillors of `province`'s council, coded `prefix` + 001, 002, …
    public static func addCouncillors(prefix: String, province: String, count: Int, in pool: Database) async throws {
        try await pool.client.query(
            """
            INSERT INTO bodies (kind, province_code, name)
            SELECT 'province_council', \(province), 'HĐND ' || p.name FROM provinces p WHERE p.code = \(province)
              AND NOT EXISTS (SELECT 1 FROM bodies b WHERE b.kind = 'province_council' AND b.province_code = p.code)
            """, logger: TestCluster.logger)
        try await pool.client.query(
            """
            INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, first_time)
            SELECT \(prefix) || lpad(g::text, 3, '0'), 'Đại biểu ' || \(prefix) || g, \(prefix) || lpad(g::text, 3, '0'),
                   b.id, \(province), '2026-2031', true
            FROM generate_series(1, \(count)) AS g
            JOIN bodies b ON b.kind = 'province_council' AND b.province_code = \(province)
            """, logger: TestCluster.logger)
    }

    /// `prefix` + 001 … `prefix` + `count`.
    public static func codes(_ prefix: String, _ numbers: ClosedRange<Int>) -> [String] {
        numbers.map { prefix + String(repeating: "0", count: 3 - String($0).count) + String($0) }
    }

    /// Enrolls `codes` in one transaction whose reservations are judged on `day`.
    @discardableResult
    public static func enroll(
        _ codes: [String], on day: CalendarDate, in pool: Database, classCode: String = "B-HN-01"
    ) async throws -> [EnrollmentOutcome] {
        try await pool.transaction(dryRun: false) { transaction in
            try await pool.classes.judgeReservations(on: day, in: transaction)
            return try await pool.enrollments.enroll(classCode: classCode, delegateCodes: codes, in: transaction)
        }
    }

    /// Withdraws one delegate on `day`.
    @discardableResult
    public static func withdraw(
        _ code: String, on day: CalendarDate, in pool: Database, classCode: String = "B-HN-01"
    ) async throws -> Withdrawal {
        try await pool.transaction(dryRun: false) { transaction in
            try await pool.classes.judgeReservations(on: day, in: transaction)
            return try await pool.enrollments.withdraw(classCode: classCode, delegateCode: code, in: transaction)
        }
    }

    /// Each delegate's status in the class, and the wait list in its order.
    public static func seating(in pool: Database, classCode: String = "B-HN-01") async throws
        -> (seated: Set<String>, waiting: [String])
    {
        let rows = try await pool.client.query(
            """
            SELECT d.code, e.status FROM enrollments e JOIN delegates d ON d.id = e.delegate_id
            JOIN classes c ON c.id = e.class_id
            WHERE c.code = \(classCode) AND e.status IN ('enrolled', 'waitlisted')
            ORDER BY e.requested_at, e.id
            """, logger: TestCluster.logger
        ).collect().map { try $0.decode((String, String).self) }
        return (Set(rows.filter { $0.1 == "enrolled" }.map(\.0)), rows.filter { $0.1 == "waitlisted" }.map(\.0))
    }
}
