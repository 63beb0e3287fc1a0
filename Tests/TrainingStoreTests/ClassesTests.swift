import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Opening and reading classes")
struct ClassesTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    static let valid = NewClass(
        code: "B-HN-01", program: "CT-B", modules: ["B01"], capacity: 40, venue: "HN",
        startsOn: date("2026-05-04"), endsOn: date("2026-05-29"),
        audience: try! Audience(parsing: ["province_council"]), cohorts: 3)

    @Test("a class is created with its modules, cohorts N1…Nk and audience")
    func create() async throws {
        try await EnrollmentFixture.with { pool in
            let created = try await TrainingOperations(database: pool).createClass(Self.valid)
            #expect(
                [created.code, created.program, created.venue, created.startsOn, created.endsOn, created.status] == [
                    "B-HN-01", "CT-B", "HN", "2026-05-04", "2026-05-29", "planned",
                ])
            #expect([created.capacity, created.enrolled, created.waitlisted] == [40, 0, 0])
            #expect(!created.online)
            let detail = try #require(try await pool.classes.classDetail(code: "B-HN-01"))
            #expect(detail.cohorts.map(\.code) == ["N1", "N2", "N3"])
            #expect(detail.modules == ["B01"])
            #expect(detail.audience == ["province_council"])
            #expect(detail.venueName == "Hội trường Hà Nội")
            var online = Self.valid
            online.code = "B-TT-01"
            online.venue = nil
            online.modules = []
            let second = try await TrainingOperations(database: pool).createClass(online)
            #expect(second.online && second.venue == nil)
            #expect(try await pool.classes.classDetail(code: "B-TT-01")?.modules == ["B01", "B02"])
            #expect(try await pool.classes.classes(program: "CT-B").map(\.code) == ["B-HN-01", "B-TT-01"])
            #expect(try await pool.classes.classes(program: "CT-C").isEmpty)
        }
    }

    /// One rule a class can break, and what the refusal says.
    enum Breach: CaseIterable, Sendable {
        case unknownProgram, foreignModule, unknownVenue, outsideTerm, takenCode

        func apply(to new: inout NewClass) {
            switch self {
            case .unknownProgram: new.program = "CT-X"
            case .foreignModule: new.modules = ["B01", "C01"]
            case .unknownVenue: new.venue = "HCM"
            case .outsideTerm: new.endsOn = ClassesTests.date("2031-04-01")
            case .takenCode: new.capacity = 41
            }
        }

        var message: String {
            switch self {
            case .unknownProgram: "no program has the code CT-X"
            case .foreignModule: "C01 is not a module of the program CT-B (its modules: B01, B02)"
            case .unknownVenue: "no venue has the code HCM"
            case .outsideTerm:
                "the class runs 2026-05-04 to 2031-04-01, outside the term 2026-2031 of CT-B (2026-03-15 to 2031-03-14)"
            case .takenCode: "a class with the code B-HN-01 already exists; choose another code"
            }
        }
    }

    @Test("a class that breaks a rule is refused with the reason, and nothing is written", arguments: Breach.allCases)
    func refused(breach: Breach) async throws {
        try await EnrollmentFixture.with { pool in
            _ = try await TrainingOperations(database: pool).createClass(Self.valid)
            var new = Self.valid
            breach.apply(to: &new)
            let before = try await EnrollmentFixture.digest(pool)
            await #expect {
                try await TrainingOperations(database: pool).createClass(new)
            } throws: { error in
                (error as? StoreError)?.message == breach.message
            }
            #expect(try await EnrollmentFixture.digest(pool) == before)
        }
    }

    @Test("show counts sessions by status and the attendance rate over held sessions, from the views")
    func detail() async throws {
        try await EnrollmentFixture.with { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 2)
            _ = try await TrainingOperations(database: pool).enroll(
                classCode: "B-HN-01", delegateCodes: ["0101", "0102", "P001"])
            // Four sessions of cohort N1: two held, one planned, one cancelled.
            try await pool.client.query(
                """
                INSERT INTO sessions (class_id, cohort_id, module_code, during, status)
                SELECT c.id, co.id, 'B01',
                       tstzrange(s.day::timestamptz + interval '1 hour', s.day::timestamptz + interval '4 hours'),
                       s.status
                FROM classes c JOIN cohorts co ON co.class_id = c.id,
                     (VALUES ('2026-05-04', 'held'), ('2026-05-05', 'held'), ('2026-05-06', 'planned'),
                             ('2026-05-07', 'cancelled')) AS s(day, status)
                """, logger: TestCluster.logger)
            // Held sessions: An present then absent, Ánh late then present: 3 attended of 4 expected.
            try await pool.client.query(
                """
                INSERT INTO attendance (session_id, delegate_id, status)
                SELECT s.id, d.id, a.status
                FROM (VALUES ('2026-05-04', '0101', 'present'), ('2026-05-05', '0101', 'absent'),
                             ('2026-05-04', '0102', 'late'), ('2026-05-05', '0102', 'present')) AS a(day, code, status)
                JOIN sessions s ON lower(s.during)::date = a.day::date JOIN delegates d ON d.code = a.code
                """, logger: TestCluster.logger)
            let detail = try #require(try await pool.classes.classDetail(code: "B-HN-01"))
            #expect(detail.summary.enrolled == 2)
            #expect(detail.summary.waitlisted == 1)
            #expect(detail.cohorts.map(\.code) == ["N1"])
            #expect(detail.cohorts.map(\.members) == [2])
            #expect([detail.sessions.planned, detail.sessions.held, detail.sessions.cancelled] == [1, 2, 1])
            #expect(detail.attendedSessions == 3)
            #expect(detail.expectedSessions == 4)
            #expect(detail.attendanceRate == 0.75)
        }
    }
}
