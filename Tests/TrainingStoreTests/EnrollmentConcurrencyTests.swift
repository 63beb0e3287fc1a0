import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Enrollment under concurrency")
struct EnrollmentConcurrencyTests {
    /// Each enroller on its own pool, so on its own connection: connected first, then all at once.
    func enrollTogether(
        _ database: TestDatabase, classCode: String, codes: [String]
    ) async throws -> [Result<EnrollmentOutcome, any Error>] {
        let startLine = StartLine(expected: codes.count)
        return try await withThrowingTaskGroup(of: Result<EnrollmentOutcome, any Error>.self) { group in
            for code in codes {
                group.addTask {
                    try await database.run { pool in
                        _ = try await pool.client.query("SELECT 1", logger: TestCluster.logger).collect()
                        await startLine.arrive()
                        do {
                            return .success(
                                try await TrainingOperations(database: pool).enroll(
                                    classCode: classCode, delegateCodes: [code])[0])
                        } catch {
                            return .failure(error)
                        }
                    }
                }
            }
            var results: [Result<EnrollmentOutcome, any Error>] = []
            for try await result in group { results.append(result) }
            return results
        }
    }

    @Test("50 enrollers at once for 20 seats: 20 enrolled, 30 wait-listed in arrival order, no duplicates")
    func fiftyForTwenty() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await EnrollmentFixture.load(into: pool, councillors: 50)
                try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 20, cohorts: 2)
            }
            let codes = (1...50).map { "P" + String(repeating: "0", count: 3 - String($0).count) + String($0) }
            let outcomes = try await enrollTogether(database, classCode: "B-HN-01", codes: codes).map { try $0.get() }

            var positions: [String: Int] = [:]
            var seated = 0
            for outcome in outcomes {
                switch outcome.result {
                case .enrolled: seated += 1
                case .waitlisted(let position): positions[outcome.delegateCode] = position
                case .refused: Issue.record("refused: \(outcome)")
                }
            }
            #expect(seated == 20)
            #expect(positions.values.sorted() == Array(1...30))

            try await database.run { pool in
                let rows = try await pool.client.query(
                    """
                    SELECT d.code, e.status FROM enrollments e JOIN delegates d ON d.id = e.delegate_id
                    ORDER BY e.requested_at, e.id
                    """, logger: TestCluster.logger
                ).collect().map { try $0.decode((String, String).self) }
                #expect(rows.count == 50)
                #expect(Set(rows.map(\.0)).count == 50)
                // Arrival order: the first 20 to arrive hold the seats, the wait list follows in the same order.
                #expect(rows.prefix(20).allSatisfy { $0.1 == "enrolled" })
                #expect(rows.suffix(30).map { positions[$0.0] } == Array(1...30))
                #expect(
                    try await EnrollmentFixture.number(pool, "SELECT enrolled_count FROM classes") == 20)
                let cohorts = try await pool.classes.classDetail(code: "B-HN-01")?.cohorts.map(\.members)
                #expect(cohorts == [10, 10])
            }
        }
    }

    @Test("the same delegate enrolled twice at once gets one row; the other request is refused")
    func sameDelegateTwice() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await EnrollmentFixture.load(into: pool)
                try await EnrollmentFixture.open("B-HN-01", in: pool)
            }
            let results = try await enrollTogether(database, classCode: "B-HN-01", codes: ["0101", "0101"])
            let succeeded = results.compactMap { try? $0.get() }
            #expect(succeeded.map(\.summary) == ["enrolled (N1)"])
            let refusal = results.compactMap { result -> StoreError? in
                if case .failure(let error) = result { error as? StoreError } else { nil }
            }
            #expect(
                refusal.map(\.message) == [
                    "cannot enroll this delegate in B-HN-01; nothing was written:\n  0101 Nguyễn Văn An: is already enrolled in B-HN-01"
                ])
            let rows = try await database.run { pool in
                try await EnrollmentFixture.number(pool, "SELECT count(*) FROM enrollments")
            }
            #expect(rows == 1)
        }
    }
}
