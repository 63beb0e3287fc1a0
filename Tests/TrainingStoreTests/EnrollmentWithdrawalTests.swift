import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Withdrawing from a class")
struct EnrollmentWithdrawalTests {
    /// The statuses of a delegate's enrollment in the order the history recorded them.
    func history(_ pool: Database, _ code: String) async throws -> [String] {
        try await pool.client.query(
            """
            SELECT h.status FROM enrollment_status_history h
            JOIN enrollments e ON e.id = h.enrollment_id JOIN delegates d ON d.id = e.delegate_id
            WHERE d.code = \(code) ORDER BY h.id
            """, logger: TestCluster.logger
        ).collect().map { try $0.decode(String.self) }
    }

    @Test("withdrawing a seated delegate seats the first wait-listed in the same transaction")
    func promotes() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 1)
            _ = try await TrainingOperations(database: pool).enroll(
                classCode: "B-HN-01", delegateCodes: ["0101", "0102", "P001"])
            let withdrawal = try #require(
                try await TrainingOperations(database: pool).withdraw(classCode: "B-HN-01", delegateCodes: ["0101"])
                    .first)
            #expect(withdrawal.previousStatus == .enrolled)
            #expect(withdrawal.promoted?.description == "0102 Đặng Thị Ánh: enrolled (N1)")
            #expect(try await history(pool, "0101") == ["enrolled", "withdrawn"])
            #expect(try await history(pool, "0102") == ["waitlisted", "enrolled"])
            #expect(try await history(pool, "P001") == ["waitlisted"])
            let listed = try await pool.classes.classes(code: "B-HN-01").first
            #expect(listed?.enrolled == 1)
            #expect(listed?.waitlisted == 1)
        }
    }

    @Test("any freed seat promotes, even one freed by hand in SQL, and the history is append-only")
    func promotionLivesInTheDatabase() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 1)
            _ = try await TrainingOperations(database: pool).enroll(
                classCode: "B-HN-01", delegateCodes: ["0101", "0102"])
            try await pool.client.query(
                "UPDATE enrollments SET status = 'withdrawn' WHERE status = 'enrolled'", logger: TestCluster.logger)
            #expect(try await history(pool, "0102") == ["waitlisted", "enrolled"])
            await #expect(throws: (any Error).self) {
                try await pool.client.query(
                    "UPDATE enrollment_status_history SET status = 'enrolled'", logger: TestCluster.logger)
            }
            await #expect(throws: (any Error).self) {
                try await pool.client.query("DELETE FROM enrollment_status_history", logger: TestCluster.logger)
            }
        }
    }

    @Test("raising a class's capacity seats its wait list in order, in the emptiest cohorts")
    func capacityRaised() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 1, cohorts: 2)
            _ = try await TrainingOperations(database: pool).enroll(
                classCode: "B-HN-01", delegateCodes: ["0101", "0102", "P001", "P002"])
            try await pool.client.query("UPDATE classes SET capacity = 3", logger: TestCluster.logger)
            #expect(try await history(pool, "0102") == ["waitlisted", "enrolled"])
            #expect(try await history(pool, "P001") == ["waitlisted", "enrolled"])
            #expect(try await history(pool, "P002") == ["waitlisted"])
            let detail = try await pool.classes.classDetail(code: "B-HN-01")
            #expect(detail?.cohorts.map(\.members) == [2, 1])
            #expect(detail?.summary.waitlisted == 1)
        }
    }

    @Test("withdrawing a wait-listed delegate frees no seat; withdrawing someone not in the class is refused")
    func waitListedAndAbsent() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 1)
            _ = try await TrainingOperations(database: pool).enroll(
                classCode: "B-HN-01", delegateCodes: ["0101", "0102", "P001"])
            let withdrawal = try #require(
                try await TrainingOperations(database: pool).withdraw(classCode: "B-HN-01", delegateCodes: ["0102"])
                    .first)
            #expect(withdrawal.previousStatus == .waitlisted)
            #expect(withdrawal.promoted == nil)
            let before = try await EnrollmentFixture.digest(pool)
            await #expect {
                try await TrainingOperations(database: pool).withdraw(classCode: "B-HN-01", delegateCodes: ["0102"])
            } throws: { error in
                (error as? StoreError)?.message
                    == "cannot withdraw this delegate from B-HN-01; nothing was written:\n"
                    + "  0102 Đặng Thị Ánh is not enrolled or wait-listed in B-HN-01; nothing to withdraw"
            }
            await #expect {
                try await TrainingOperations(database: pool).withdraw(classCode: "B-HN-09", delegateCodes: ["0101"])
            } throws: { error in
                (error as? StoreError)?.code == .notFound
            }
            #expect(try await EnrollmentFixture.digest(pool) == before)
        }
    }
}
