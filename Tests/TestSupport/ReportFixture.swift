import PostgresInfrastructure
import PostgresNIO
import TrainingModel
import TrainingStore

/// A small world for the reports, built by SQL on top of ``ReferenceData`` (provinces 01 Hà Nội and 79 Hồ Chí
/// Minh, the 2026-2031 term whose induction ends on 2026-09-30), with every number the reports should give
/// worked out by hand in the tests.
///
/// - Programs: CT-A for first-time deputies (`national_assembly+first-time`, one module A01); CT-B for
///   first-time council delegates (`council+first-time`, 75% attendance, required B01 and B02, elective B03).
/// - Delegates (code, name, body, first-time):
///   0101 Nguyễn Văn An, 0102 Trần Văn Anh, 0103 Lê Thị Cúc, 0104 Phạm Thị Ánh (re-elected),
///   0105 Lê Văn Đông (re-elected), all of HĐND Hà Nội; 7901 Đặng Văn Em, 7902 Võ Thị Giang, 7903 Ngô Văn Dũng
///   (re-elected), 7904 Võ Văn Lộc (re-elected), all of HĐND Hồ Chí Minh; QH01 Hoàng Văn Hải (first-time
///   deputy, province 79) and QH02 Hoàng Thị Mai (re-elected deputy, province 01).
/// - B-HN-01 (CT-B, venue HN, capacity 3, cohort N1): 0101 completed, 0102 and 0104 enrolled; 0105 then 7903
///   wait-listed (0105 asked first); 0103 withdrawn. Sessions on 2026-05-04/05/06: S1 sáng B01, S2 chiều
///   B02, S3 sáng B03, S4 chiều B01 held; S5 sáng B02 planned; S6 chiều B01 cancelled. Marks at S1-S4:
///   0101 present, present, late, present; 0102 present, absent, excused, late; 0104 late, present, (none),
///   present.
/// - B-HCM-01 (CT-B, online, cohort N1): 7901 completed, 7904 enrolled; two held sessions on 2026-06-01,
///   7901 present at both, 7904 present then absent.
/// - A-HN-01 (CT-A, venue HN): QH02 enrolled, no sessions.
public struct ReportFixture: Sendable {
    /// Session ids of B-HN-01, S1 to S6.
    public var sessions: [Int]
    /// Delegate ids by code.
    public var delegates: [String: Int]

    public static func insert(into database: Database) async throws -> ReportFixture {
        let inserter = Inserter(client: database.client)
        try await inserter.run(
            """
            INSERT INTO curricula (code, term_code, title, audience, min_attendance)
            VALUES ('CT-A', '2026-2031', 'Bồi dưỡng đại biểu Quốc hội', '{national_assembly+first-time}', 0.8),
                   ('CT-B', '2026-2031', 'Bồi dưỡng đại biểu HĐND', '{council+first-time}', 0.75)
            """)
        try await inserter.run(
            """
            INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions, elective)
            VALUES ('A01', 'CT-A', 1, 'Tổng quan về Quốc hội', 1, false),
                   ('B01', 'CT-B', 1, 'Tổng quan về HĐND', 2, false),
                   ('B02', 'CT-B', 2, 'Kỹ năng chất vấn', 2, false),
                   ('B03', 'CT-B', 3, 'Kỹ năng phát biểu', 1, true)
            """)
        let councilHN = try await inserter.id(
            "INSERT INTO bodies (kind, province_code, name) VALUES ('province_council', '01', 'HĐND thành phố Hà Nội') RETURNING id"
        )
        let councilHCM = try await inserter.id(
            """
            INSERT INTO bodies (kind, province_code, name)
            VALUES ('province_council', '79', 'HĐND thành phố Hồ Chí Minh') RETURNING id
            """)
        let assembly = try await inserter.id(
            "INSERT INTO bodies (kind, name) VALUES ('national_assembly', 'Quốc hội') RETURNING id")
        let people: [(String, String, Int, String, Bool)] = [
            ("0101", "Nguyễn Văn An", councilHN, "01", true), ("0102", "Trần Văn Anh", councilHN, "01", true),
            ("0103", "Lê Thị Cúc", councilHN, "01", true), ("0104", "Phạm Thị Ánh", councilHN, "01", false),
            ("0105", "Lê Văn Đông", councilHN, "01", false), ("7901", "Đặng Văn Em", councilHCM, "79", true),
            ("7902", "Võ Thị Giang", councilHCM, "79", true), ("7903", "Ngô Văn Dũng", councilHCM, "79", false),
            ("7904", "Võ Văn Lộc", councilHCM, "79", false), ("QH01", "Hoàng Văn Hải", assembly, "79", true),
            ("QH02", "Hoàng Thị Mai", assembly, "01", false),
        ]
        var delegates: [String: Int] = [:]
        for (code, name, body, province, firstTime) in people {
            delegates[code] = try await inserter.id(
                """
                INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, first_time)
                VALUES (\(code), \(name), \(VietnameseName(name).sortKey), \(body), \(province), '2026-2031',
                        \(firstTime))
                RETURNING id
                """)
        }
        let venue = try await inserter.id(
            "INSERT INTO venues (code, name, province_code) VALUES ('HN', 'Hội trường Hà Nội', '01') RETURNING id")
        let room = try await inserter.id(
            "INSERT INTO rooms (venue_id, code, name, capacity) VALUES (\(venue), 'P1', 'Phòng 1', 100) RETURNING id")
        let hanoi = try await inserter.classWithCohort(
            code: "B-HN-01", curriculum: "CT-B", venue: venue, capacity: 3, starts: "2026-05-04")
        let online = try await inserter.classWithCohort(
            code: "B-HCM-01", curriculum: "CT-B", venue: nil, capacity: 10, starts: "2026-06-01")
        let assemblyClass = try await inserter.classWithCohort(
            code: "A-HN-01", curriculum: "CT-A", venue: venue, capacity: 10, starts: "2026-05-11")

        let seats: [(String, (id: Int, cohort: Int), String, String)] = [
            ("0101", hanoi, "completed", "2026-04-01 08:00"), ("0102", hanoi, "enrolled", "2026-04-01 08:01"),
            ("0104", hanoi, "enrolled", "2026-04-01 08:02"), ("0103", hanoi, "withdrawn", "2026-04-01 08:03"),
            ("7903", hanoi, "waitlisted", "2026-04-20 10:00"), ("0105", hanoi, "waitlisted", "2026-04-20 09:00"),
            ("7901", online, "completed", "2026-04-02 08:00"), ("7904", online, "enrolled", "2026-04-02 08:01"),
            ("QH02", assemblyClass, "enrolled", "2026-04-03 08:00"),
        ]
        for (code, place, status, requested) in seats {
            let cohort = ["enrolled", "completed"].contains(status) ? place.cohort : nil
            try await inserter.run(
                """
                INSERT INTO enrollments (class_id, cohort_id, delegate_id, status, requested_at)
                VALUES (\(place.id), \(cohort), \(delegates[code]!), \(status), \(requested)::timestamp)
                """)
        }

        let hanoiTimes: [(String, String, String, String)] = [
            ("2026-05-04 07:30", "2026-05-04 11:30", "B01", "held"),
            ("2026-05-04 13:30", "2026-05-04 17:00", "B02", "held"),
            ("2026-05-05 07:30", "2026-05-05 11:30", "B03", "held"),
            ("2026-05-05 13:30", "2026-05-05 17:00", "B01", "held"),
            ("2026-05-06 07:30", "2026-05-06 11:30", "B02", "planned"),
            ("2026-05-06 13:30", "2026-05-06 17:00", "B01", "cancelled"),
        ]
        var sessions: [Int] = []
        for (start, end, module, status) in hanoiTimes {
            sessions.append(
                try await inserter.session(
                    place: hanoi, room: room, start: start, end: end, module: module, status: status))
        }
        let onlineSessions = [
            try await inserter.session(
                place: online, room: nil, start: "2026-06-01 08:00", end: "2026-06-01 11:00", module: "B01",
                status: "held"),
            try await inserter.session(
                place: online, room: nil, start: "2026-06-01 14:00", end: "2026-06-01 17:00", module: "B02",
                status: "held"),
        ]

        let marks: [(Int, String, String)] = [
            (sessions[0], "0101", "present"), (sessions[1], "0101", "present"), (sessions[2], "0101", "late"),
            (sessions[3], "0101", "present"),
            (sessions[0], "0102", "present"), (sessions[1], "0102", "absent"), (sessions[2], "0102", "excused"),
            (sessions[3], "0102", "late"),
            (sessions[0], "0104", "late"), (sessions[1], "0104", "present"), (sessions[3], "0104", "present"),
            (onlineSessions[0], "7901", "present"), (onlineSessions[1], "7901", "present"),
            (onlineSessions[0], "7904", "present"), (onlineSessions[1], "7904", "absent"),
        ]
        for (session, code, status) in marks {
            try await inserter.run(
                "INSERT INTO attendance (session_id, delegate_id, status) VALUES (\(session), \(delegates[code]!), \(status))"
            )
        }
        return ReportFixture(sessions: sessions, delegates: delegates)
    }
}

/// Runs the fixture's statements, one at a time.
private struct Inserter {
    let client: PostgresClient

    func run(_ query: PostgresQuery) async throws {
        try await client.query(query, logger: TestCluster.logger)
    }

    func id(_ query: PostgresQuery) async throws -> Int {
        try await client.query(query, logger: TestCluster.logger).collect().first!.decode(Int.self)
    }

    /// A class (in person when `venue` is given, online otherwise) with its cohort N1.
    func classWithCohort(code: String, curriculum: String, venue: Int?, capacity: Int, starts: String) async throws
        -> (id: Int, cohort: Int)
    {
        let classID = try await id(
            """
            INSERT INTO classes (code, curriculum_code, venue_id, online, capacity, starts_on, ends_on)
            VALUES (\(code), \(curriculum), \(venue), \(venue == nil), \(capacity), \(starts)::date,
                    \(starts)::date + 30)
            RETURNING id
            """)
        let cohort = try await id("INSERT INTO cohorts (class_id, code) VALUES (\(classID), 'N1') RETURNING id")
        return (classID, cohort)
    }

    /// A session from `start` to `end`, local times in Vietnam.
    func session(
        place: (id: Int, cohort: Int), room: Int?, start: String, end: String, module: String, status: String
    ) async throws -> Int {
        try await id(
            """
            INSERT INTO sessions (class_id, cohort_id, module_code, room_id, during, status)
            VALUES (\(place.id), \(place.cohort), \(module), \(room),
                    tstzrange(\(start)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
                              \(end)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', '[)'), \(status))
            RETURNING id
            """)
    }
}
