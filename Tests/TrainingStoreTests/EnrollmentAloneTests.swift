import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

/// One delegate enrolled alone takes the seat in a statement that is its own transaction (no transaction block):
/// what it writes must still be attributed, and a refusal must still write nothing.
@Suite("Enrolling one delegate alone")
struct EnrollmentAloneTests {
    @Test("the seat, its history, its audit row and its notice are written, the audit naming who enrolled")
    func attributed() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 1)
            try await Database.run(pool.settings, logger: TestCluster.logger, actor: "account:staff01") { staff in
                let outcome = try await TrainingOperations(database: staff).enroll(
                    classCode: "B-HN-01", delegateCodes: ["0101"])
                #expect(outcome.map(\.description) == ["0101 Nguyễn Văn An: enrolled (N1)"])
            }
            let written = try await pool.client.query(
                """
                SELECT (SELECT string_agg(actor, ',') FROM audit_log WHERE table_name = 'enrollments'),
                       (SELECT string_agg(h.status || ' by ' || h.actor, ',') FROM enrollment_status_history h),
                       (SELECT count(*) FROM outbox o JOIN delegates d ON d.id = o.delegate_id WHERE d.code = '0101'),
                       (SELECT enrolled_count FROM classes WHERE code = 'B-HN-01')
                """, logger: TestCluster.logger
            ).collect().first!.decode((String?, String?, Int, Int).self)
            #expect(written.0 == "account:staff01")
            #expect(written.1 == "enrolled by account:staff01")
            #expect(written.2 == 1)
            #expect(written.3 == 1)
        }
    }

    @Test("a delegate already in the class, or active in another of the program, is refused and nothing is written")
    func refusedWritesNothing() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool)
            try await EnrollmentFixture.open("B-HN-02", in: pool)
            let operations = TrainingOperations(database: pool)
            _ = try await operations.enroll(classCode: "B-HN-01", delegateCodes: ["0101"])
            let before = try await EnrollmentFixture.digest(pool)
            for classCode in ["B-HN-01", "B-HN-02"] {
                await #expect {
                    try await operations.enroll(classCode: classCode, delegateCodes: ["0101"])
                } throws: { error in
                    (error as? StoreError)?.code == .refused
                        && (error as? StoreError)?.message.hasPrefix(
                            "cannot enroll this delegate in \(classCode); nothing was written:") == true
                }
            }
            #expect(try await EnrollmentFixture.digest(pool) == before)
        }
    }

    @Test("an unknown class is not found and an unknown delegate refused, each by its code, and nothing is written")
    func unknownCodes() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool)
            let operations = TrainingOperations(database: pool)
            let before = try await EnrollmentFixture.digest(pool)
            await #expect {
                try await operations.enroll(classCode: "B-XX-99", delegateCodes: ["0101"])
            } throws: { error in
                (error as? StoreError)?.code == .notFound
                    && (error as? StoreError)?.message == "no class has the code B-XX-99"
            }
            await #expect {
                try await operations.enroll(classCode: "B-HN-01", delegateCodes: ["9999"])
            } throws: { error in
                (error as? StoreError)?.message
                    == "cannot enroll this delegate in B-HN-01; nothing was written:\n  9999: no delegate has this code"
            }
            #expect(try await EnrollmentFixture.digest(pool) == before)
        }
    }
}
