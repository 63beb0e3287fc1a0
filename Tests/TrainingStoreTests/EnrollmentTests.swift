import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Enrolling delegates in a class")
struct EnrollmentTests {
    /// Expects enrolling `codes` in `classCode` to be refused with `message`, leaving every row as it was.
    func expectRefused(
        _ pool: Database, _ classCode: String, _ codes: [String], _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws {
        let before = try await EnrollmentFixture.digest(pool)
        await #expect(sourceLocation: sourceLocation) {
            try await TrainingOperations(database: pool).enroll(classCode: classCode, delegateCodes: codes)
        } throws: { error in
            (error as? StoreError)?.code == .refused && (error as? StoreError)?.message == message
        }
        #expect(try await EnrollmentFixture.digest(pool) == before, sourceLocation: sourceLocation)
    }

    @Test("seats go to the cohort with the fewest members, then the wait list takes the rest in order")
    func seatsThenWaitList() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 3, cohorts: 2)
            let outcomes = try await TrainingOperations(database: pool).enroll(
                classCode: "B-HN-01", delegateCodes: ["0101", "0102", "P001", "P002", "P003"])
            #expect(
                outcomes.map(\.description) == [
                    "0101 Nguyễn Văn An: enrolled (N1)", "0102 Đặng Thị Ánh: enrolled (N2)",
                    "P001 Đại biểu Số 1: enrolled (N1)", "P002 Đại biểu Số 2: wait-listed (position 1)",
                    "P003 Đại biểu Số 3: wait-listed (position 2)",
                ])
            let listed = try await pool.classes.classes(code: "B-HN-01").first
            #expect(listed?.enrolled == 3)
            #expect(listed?.waitlisted == 2)
        }
    }

    @Test("a delegate outside the program's audience is refused, and nothing is written for anyone")
    func audience() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool)
            try await expectRefused(
                pool, "B-HN-01", ["0101", "0103", "9999"],
                """
                cannot enroll these 2 delegates in B-HN-01; nothing was written:
                  0103 Trần Văn Dũng: the program CT-B is for council+first-time; this delegate is a National Assembly deputy, not first-time
                  9999: no delegate has this code
                """)
        }
    }

    @Test("a prerequisite the class does not teach must be completed in another class first")
    func prerequisite() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool)
            try await EnrollmentFixture.open("B-HN-02", in: pool, modules: ["B02"])
            try await EnrollmentFixture.open("C-HN-01", in: pool, program: "CT-C")
            try await expectRefused(
                pool, "B-HN-02", ["0101"],
                """
                cannot enroll this delegate in B-HN-02; nothing was written:
                  0101 Nguyễn Văn An: has not completed B01, which the class needs first and does not teach
                """)
            try await expectRefused(
                pool, "C-HN-01", ["0101"],
                """
                cannot enroll this delegate in C-HN-01; nothing was written:
                  0101 Nguyễn Văn An: has not completed B02, which the class needs first and does not teach
                """)
            // B-HN-01 teaches B01 itself, so its B02 needs nothing first; completing it opens C-HN-01.
            #expect(
                try await TrainingOperations(database: pool).enroll(classCode: "B-HN-01", delegateCodes: ["0101"])
                    .first?.summary == "enrolled (N1)")
            try await pool.client.query("UPDATE enrollments SET status = 'completed'", logger: TestCluster.logger)
            #expect(
                try await TrainingOperations(database: pool).enroll(classCode: "C-HN-01", delegateCodes: ["0101"])
                    .first?.summary == "enrolled (N1)")
        }
    }

    @Test("a delegate active in another class of the program, or already in this one, is refused")
    func alreadyActive() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 1)
            try await EnrollmentFixture.open("B-HN-02", in: pool)
            _ = try await TrainingOperations(database: pool).enroll(
                classCode: "B-HN-01", delegateCodes: ["0101", "0102"])
            try await expectRefused(
                pool, "B-HN-02", ["0102"],
                """
                cannot enroll this delegate in B-HN-02; nothing was written:
                  0102 Đặng Thị Ánh: is already wait-listed in B-HN-01, another class of the program CT-B
                """)
            try await expectRefused(
                pool, "B-HN-01", ["0101"],
                """
                cannot enroll this delegate in B-HN-01; nothing was written:
                  0101 Nguyễn Văn An: is already enrolled in B-HN-01
                """)
        }
    }

    @Test("a delegate trained in the program is refused another class of it")
    func trained() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool)
            try await EnrollmentFixture.open("B-HN-02", in: pool)
            _ = try await TrainingOperations(database: pool).enroll(classCode: "B-HN-01", delegateCodes: ["0101"])
            try await pool.client.query(
                "UPDATE enrollments SET status = 'completed'", logger: TestCluster.logger)
            try await expectRefused(
                pool, "B-HN-02", ["0101"],
                """
                cannot enroll this delegate in B-HN-02; nothing was written:
                  0101 Nguyễn Văn An: has already completed the program CT-B
                """)
        }
    }

    @Test("--where enrolls the eligible who match, by name, and counts the others by reason")
    func matching() async throws {
        try await EnrollmentFixture.with(councillors: 2) { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 2)
            try await EnrollmentFixture.open("B-HN-02", in: pool)
            _ = try await TrainingOperations(database: pool).enroll(classCode: "B-HN-02", delegateCodes: ["0102"])
            let report = try await TrainingOperations(database: pool).enroll(
                classCode: "B-HN-01", matching: DelegateCriteria(provinceCode: "01"))
            // Sorted by given name: An (0101), Ánh (0102), Mai (0104), Số 001, Số 002; 0103 has no province.
            #expect(
                report.outcomes.map(\.description) == [
                    "0101 Nguyễn Văn An: enrolled (N1)", "P001 Đại biểu Số 1: enrolled (N1)",
                    "P002 Đại biểu Số 2: wait-listed (position 1)",
                ])
            #expect(report.refusedByReason == [.activeInProgram: 1, .audience: 1])
            #expect(report.refusals.map(\.delegateCode) == ["0102", "0104"])
        }
    }

    @Test("a class that is closed takes no enrollments")
    func closed() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool)
            try await pool.client.query("UPDATE classes SET status = 'closed'", logger: TestCluster.logger)
            try await expectRefused(
                pool, "B-HN-01", ["0101"], "class B-HN-01 is closed; it takes no enrollments; nothing was written")
        }
    }
}
