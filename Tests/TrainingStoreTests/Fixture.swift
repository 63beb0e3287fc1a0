import PostgresNIO
import TestSupport
import TrainingStore

/// A small world to test the schema on: one term, one province council, delegates, a curriculum with one
/// module, a venue with two rooms, two lecturers, and a class with two cohorts.
struct Fixture {
    var classID: Int
    var cohorts: [Int]
    var rooms: [Int]
    var lecturers: [Int]
    var delegates: [Int]

    static func insert(into client: PostgresClient, capacity: Int = 30, delegateCount: Int = 3) async throws -> Fixture
    {
        let logger = TestCluster.logger
        func one(_ query: PostgresQuery) async throws -> Int {
            try await client.query(query, logger: logger).collect().first!.decode(Int.self)
        }
        try await client.query(
            "INSERT INTO provinces (code, name, kind, codename) VALUES ('01', 'Thành phố Hà Nội', 'thành phố trung ương', 'ha_noi')",
            logger: logger)
        try await client.query(
            "INSERT INTO terms (code, starts_on, ends_on) VALUES ('2026-2031', '2026-03-15', '2031-03-14')",
            logger: logger)
        let body = try await one(
            "INSERT INTO bodies (kind, province_code, name) VALUES ('province_council', '01', 'HĐND thành phố Hà Nội') RETURNING id"
        )
        var delegates: [Int] = []
        for number in 0..<delegateCount {
            let code = "HN\(String(format: "%04d", number))"
            delegates.append(
                try await one(
                    """
                    INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, first_time)
                    VALUES (\(code), 'Nguyễn Văn An', 'An Văn Nguyễn', \(body), '01', '2026-2031', true) RETURNING id
                    """))
        }
        try await client.query(
            "INSERT INTO curricula (code, term_code, title) VALUES ('CT-B', '2026-2031', 'Bồi dưỡng đại biểu HĐND')",
            logger: logger)
        try await client.query(
            """
            INSERT INTO modules (code, curriculum_code, position, title, half_day_sessions)
            VALUES ('B01', 'CT-B', 1, 'Tổng quan về HĐND', 2)
            """, logger: logger)
        let venue = try await one(
            "INSERT INTO venues (code, name, province_code) VALUES ('HN', 'Hội trường Hà Nội', '01') RETURNING id")
        let rooms = [
            try await one(
                "INSERT INTO rooms (venue_id, code, name, capacity) VALUES (\(venue), 'P1', 'Phòng 1', 100) RETURNING id"
            ),
            try await one(
                "INSERT INTO rooms (venue_id, code, name, capacity) VALUES (\(venue), 'P2', 'Phòng 2', 100) RETURNING id"
            ),
        ]
        let lecturers = [
            try await one(
                "INSERT INTO lecturers (code, full_name, name_sort_key) VALUES ('GV1', 'Trần Thị Hoa', 'Hoa Thị Trần') RETURNING id"
            ),
            try await one(
                "INSERT INTO lecturers (code, full_name, name_sort_key) VALUES ('GV2', 'Lê Văn Bình', 'Bình Văn Lê') RETURNING id"
            ),
        ]
        let classID = try await one(
            """
            INSERT INTO classes (code, curriculum_code, venue_id, capacity, starts_on, ends_on)
            VALUES ('B-HN-01', 'CT-B', \(venue), \(capacity), '2026-05-04', '2026-05-29') RETURNING id
            """)
        let cohorts = [
            try await one("INSERT INTO cohorts (class_id, code) VALUES (\(classID), 'N1') RETURNING id"),
            try await one("INSERT INTO cohorts (class_id, code) VALUES (\(classID), 'N2') RETURNING id"),
        ]
        return Fixture(classID: classID, cohorts: cohorts, rooms: rooms, lecturers: lecturers, delegates: delegates)
    }

    /// Inserts a session of module B01 from `start` to `end` (local times on 2026-05-04, Hanoi), returning its id.
    func addSession(_ client: PostgresClient, cohort: Int, room: Int?, start: String, end: String) async throws -> Int {
        let query: PostgresQuery = """
            INSERT INTO sessions (class_id, cohort_id, module_code, room_id, during)
            VALUES (\(classID), \(cohort), 'B01', \(room),
                    tstzrange(('2026-05-04 ' || \(start))::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
                              ('2026-05-04 ' || \(end))::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', '[)'))
            RETURNING id
            """
        return try await client.query(query, logger: TestCluster.logger).collect().first!.decode(Int.self)
    }
}
