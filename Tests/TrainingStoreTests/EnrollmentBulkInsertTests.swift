import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

/// Many enrollments in one INSERT (as the induction writes them) keep every record a single enrollment keeps:
/// migration 0044 does the bookkeeping once per statement instead of once per row.
@Suite("Enrollments inserted many at once")
struct EnrollmentBulkInsertTests {
    static let insert: PostgresQuery = """
        INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
        SELECT c.id, h.id, d.id, u.status
        FROM (VALUES (1, 'B-HN-01', '0101', 'enrolled'), (2, 'B-HN-01', '0102', 'enrolled'),
                     (3, 'B-HN-02', 'P001', 'enrolled'), (4, 'B-HN-02', 'P002', 'waitlisted'),
                     (5, 'B-HN-02', 'P003', 'waitlisted'))
            AS u(n, class_code, delegate_code, status)
        JOIN classes c ON c.code = u.class_code
        JOIN delegates d ON d.code = u.delegate_code
        LEFT JOIN cohorts h ON h.class_id = c.id AND u.status = 'enrolled'
        ORDER BY u.n
        """

    @Test("one statement counts each class's seats, and writes each its history, notice and audit row")
    func bookkeeping() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 5)
            try await EnrollmentFixture.open("B-HN-02", in: pool, capacity: 1)
            try await pool.client.query(Self.insert, logger: TestCluster.logger)

            let seats = try await pool.client.query(
                "SELECT code || ' ' || enrolled_count FROM classes ORDER BY code", logger: TestCluster.logger
            ).collect().map { try $0.decode(String.self) }
            #expect(seats == ["B-HN-01 2", "B-HN-02 1"])
            #expect(
                try await EnrollmentFixture.number(
                    pool,
                    """
                    SELECT count(*)::int FROM enrollments e JOIN enrollment_status_history h ON h.enrollment_id = e.id
                    WHERE h.status = e.status
                    """) == 5)
            #expect(
                try await EnrollmentFixture.number(
                    pool,
                    """
                    SELECT count(*)::int FROM enrollments e JOIN audit_log a
                        ON a.table_name = 'enrollments' AND a.action = 'insert' AND a.row_id = e.id::text
                    WHERE a.after ->> 'status' = e.status
                    """) == 5)
            let notices = try await pool.client.query(
                """
                SELECT o.kind || ' ' || d.code || ' ' || (o.payload ->> 'classCode')
                       || coalesce(' ' || (o.payload ->> 'cohortCode'), '')
                       || coalesce(' place ' || (o.payload ->> 'waitlistPlace'), '')
                FROM outbox o JOIN delegates d ON d.id = o.delegate_id ORDER BY o.id
                """, logger: TestCluster.logger
            ).collect().map { try $0.decode(String.self) }
            #expect(
                notices == [
                    "enrolled 0101 B-HN-01 N1", "enrolled 0102 B-HN-01 N1", "enrolled P001 B-HN-02 N1",
                    "waitlisted P002 B-HN-02 place 1", "waitlisted P003 B-HN-02 place 2",
                ])
        }
    }

    @Test("a statement that takes more seats than a class has is refused whole")
    func overCapacity() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 5)
            try await EnrollmentFixture.open("B-HN-02", in: pool, capacity: 1)
            let before = try await EnrollmentFixture.digest(pool)
            let overfull = PostgresQuery(
                unsafeSQL: Self.insert.sql.replacingOccurrences(
                    of: "(4, 'B-HN-02', 'P002', 'waitlisted')", with: "(4, 'B-HN-02', 'P002', 'enrolled')"),
                binds: Self.insert.binds)
            await #expect(throws: PSQLError.self) {
                try await pool.client.query(overfull, logger: TestCluster.logger)
            }
            #expect(try await EnrollmentFixture.digest(pool) == before)
        }
    }
}
