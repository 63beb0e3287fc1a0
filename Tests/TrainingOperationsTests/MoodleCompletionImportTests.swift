import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

/// The enrollment world with classes B-1 and B-2 of CT-B, each with one B01 session on 4 May 2026; 0101 is seated
/// in B-1, 0102 in both, and both share an e-mail address.
@Suite("Marking an online module done from Moodle's completion report")
struct MoodleCompletionImportTests {
    static func with(_ body: (Database) async throws -> Void) async throws {
        try await EnrollmentFixture.with { database in
            for code in ["B-1", "B-2"] { try await EnrollmentFixture.open(code, in: database) }
            let statements: [PostgresQuery] = [
                """
                INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
                SELECT c.id, co.id, d.id, 'enrolled' FROM classes c JOIN cohorts co ON co.class_id = c.id, delegates d
                WHERE (c.code = 'B-1' AND d.code IN ('0101', '0102')) OR (c.code = 'B-2' AND d.code = '0102')
                """,
                """
                INSERT INTO sessions (class_id, cohort_id, module_code, during)
                SELECT c.id, co.id, 'B01', tstzrange('2026-05-04 07:30+07', '2026-05-04 11:30+07', '[)')
                FROM classes c JOIN cohorts co ON co.class_id = c.id
                """,
                "UPDATE delegates SET email = 'chung@hdnd.hanoi.gov.vn' WHERE code IN ('0101', '0102')",
            ]
            for statement in statements { _ = try await database.client.query(statement, logger: TestCluster.logger) }
            try await body(database)
        }
    }

    /// Noon on 10 May 2026 in Hà Nội: "now" for every import here.
    static let now = CalendarDate(parsing: "2026-05-10")!.midnightInVietnam.addingTimeInterval(12 * 3600)

    func importReport(_ text: String, into database: Database, classCode: String? = nil) async throws
        -> OnlineCompletionResult
    {
        let report = try MoodleCompletionReader(file: "completion.csv").read(Data(text.utf8))
        return try await TrainingOperations(database: database).importMoodleCompletion(
            report, file: "completion.csv", module: "B01", classCode: classCode, dryRun: false, now: Self.now)
    }

    func problems(_ text: String, in database: Database, classCode: String? = nil) async throws -> [String] {
        do {
            _ = try await importReport(text, into: database, classCode: classCode)
            return []
        } catch let error as InputError {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("a completion dated after now is refused; one dated before it marks the class found for the delegate")
    func completionDateAgainstNow() async throws {
        try await Self.with { database in
            let late = try await problems(
                "ID,Name,ID number,Course complete\n1,Nguyễn Văn An,0101,\"10/05/26, 12:01\"\n", in: database)
            #expect(
                late == [
                    "completion.csv:2:22: the completion date is later than now; expected a course already completed"
                ])
            let result = try await importReport(
                "ID,Name,ID number,Course complete\n1,Nguyễn Văn An,0101,\"10/05/26, 12:00\"\n", into: database)
            #expect(result.classes == ["B-1"])
            #expect(result.marks == ChangeCounts(added: 1, changed: 0, unchanged: 0))
        }
    }

    @Test("the same report imported by four clients at once leaves one present mark per session, added once")
    func concurrentImports() async throws {
        try await Self.with { database in
            let report = "ID,Name,ID number,Course complete\n1,Nguyễn Văn An,0101,\"05/05/26, 09:00\"\n"
            let results = try await withThrowingTaskGroup(of: OnlineCompletionResult.self) { group in
                for _ in 0..<4 { group.addTask { try await importReport(report, into: database) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.map(\.marks.added).reduce(0, +) == 1)
            #expect(results.map { $0.marks.added + $0.marks.unchanged } == [1, 1, 1, 1])
            let marks = try await EnrollmentFixture.number(
                database,
                """
                SELECT count(*)::int FROM attendance a JOIN delegates d ON d.id = a.delegate_id
                WHERE d.code = '0101' AND a.status = 'present'
                """)
            #expect(marks == 1)
        }
    }

    @Test("a report naming users by Moodle username finds the delegate whose code the export turned into it")
    func byUsername() async throws {
        try await Self.with { database in
            _ = try await database.client.query(
                "UPDATE delegates SET code = 'HN/0101' WHERE code = '0101'", logger: TestCluster.logger)
            let result = try await importReport(
                "ID,Name,Username,Course complete\n1,Nguyễn Văn An,hn-0101,\"05/05/26, 09:00\"\n", into: database)
            #expect(result.classes == ["B-1"])
            #expect(result.marks.added == 1)
        }
    }

    @Test("a delegate seated in two classes teaching the module needs the class named")
    func twoClasses() async throws {
        try await Self.with { database in
            let report = "ID,Name,ID number,Course complete\n2,Đặng Thị Ánh,0102,\"05/05/26, 09:00\"\n"
            let unnamed = try await problems(report, in: database)
            #expect(
                unnamed == [
                    "completion.csv:2:16: delegate 0102 Đặng Thị Ánh is seated in 2 classes teaching module B01; "
                        + "expected the class to be named"
                ])
            let result = try await importReport(report, into: database, classCode: "B-2")
            #expect(result.classes == ["B-2"])
        }
    }

    @Test("an e-mail address two delegates share names neither")
    func sharedEmail() async throws {
        try await Self.with { database in
            let shared = try await problems(
                "ID,Name,Email address,Course complete\n1,Nguyễn Văn An,CHUNG@hdnd.hanoi.gov.vn,\n", in: database)
            #expect(
                shared == [
                    "completion.csv:2:17: 2 delegates have the e-mail address CHUNG@hdnd.hanoi.gov.vn; expected one"
                ])
        }
    }

    @Test("a class that does not teach the module is refused before any row")
    func classWithoutModule() async throws {
        try await Self.with { database in
            _ = try await database.client.query(
                """
                INSERT INTO class_modules (class_id, module_code) SELECT id, 'B02' FROM classes WHERE code = 'B-2'
                """, logger: TestCluster.logger)
            await #expect {
                try await importReport("ID,Name,ID number,Course complete\n", into: database, classCode: "B-2")
            } throws: { error in
                (error as? StoreError)?.message == "class B-2 does not teach module B01"
            }
        }
    }
}
