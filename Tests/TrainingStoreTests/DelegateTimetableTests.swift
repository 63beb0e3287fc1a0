import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

/// A delegate's timetable is one prepared statement of its own (``Database/schedule(ofDelegateID:from:to:)``);
/// the class's timetable still goes through the query `sessions list` uses. These tests hold the two to the same
/// answer: the delegate's sessions are exactly their cohort's (or, without a cohort, the class's) of each seated
/// enrollment, cancelled ones left out, field for field.
@Suite("a delegate's timetable against the class's")
struct DelegateTimetableTests {
    @Test("every field matches the class timetable, across time zones, midnight, rooms, lecturers and cohorts")
    func matchesClassTimetable() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let world = try await TimetableWorld.insert(into: pool.client)
                let classes = [
                    try await pool.schedules.schedule(of: .trainingClass("B-HN-01")),
                    try await pool.schedules.schedule(of: .trainingClass("B-TK-01")),
                ]
                for (code, seats) in world.seats {
                    let expected = classes.flatMap { timetable in
                        timetable.filter { session in
                            !session.isCancelled
                                && seats.contains { seat in
                                    seat.classCode == session.session.classCode
                                        && (seat.cohortCode ?? session.session.cohortCode)
                                            == session.session.cohortCode
                                }
                        }
                    }.sorted {
                        ($0.startsAt, $0.session.classCode, $0.session.cohortCode, $0.session.id)
                            < ($1.startsAt, $1.session.classCode, $1.session.cohortCode, $1.session.id)
                    }
                    let shown = try await pool.schedules.schedule(of: .delegate(code))
                    #expect(shown == expected, "delegate \(code)")
                }
                let whole = try await pool.schedules.schedule(of: .delegate("HN0002"))
                #expect(whole.count == 5, "the cohort-less seat sees both cohorts of B-HN-01 and its Tokyo class")
                #expect(
                    try await pool.schedules.schedule(of: .delegate("HN0003")).isEmpty, "a withdrawn seat shows nothing"
                )
            }
        }
    }

    @Test("local fields: the day after midnight, the venue's own afternoon, lecturers in code order")
    func localFields() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TimetableWorld.insert(into: pool.client)
                let sessions = try await pool.schedules.schedule(of: .delegate("HN0000"))
                let rows = sessions.map {
                    [$0.session.date, $0.session.halfDay.vietnamese, $0.session.start, $0.session.end]
                        + [$0.session.room ?? "-", $0.session.lecturers.joined(separator: "+")]
                        + [$0.lecturerNames.joined(separator: "+"), $0.roomName ?? "-", $0.venueName ?? "-"]
                }
                #expect(
                    rows == [
                        ["2026-05-04", "sáng", "00:15", "01:45", "-", "", "", "-", "-"],
                        [
                            "2026-05-04", "sáng", "07:30", "11:30", "HN/P1", "GV1+GV2", "Trần Thị Hoa+Lê Văn Bình",
                            "Phòng 1", "Hội trường Hà Nội",
                        ],
                        ["2026-05-04", "chiều", "13:30", "17:00", "-", "GV2", "Lê Văn Bình", "-", "-"],
                        ["2026-05-05", "chiều", "12:00", "16:00", "TK/A", "", "", "Phòng A", "Hội trường Tokyo"],
                    ])
                #expect(sessions.first?.startsAt.timeIntervalSince1970 == 1_777_828_500, "00:15 +07 is 17:15 UTC")
            }
        }
    }

    @Test("from and to are local days, inclusive")
    func dateRange() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TimetableWorld.insert(into: pool.client)
                let day = CalendarDate(year: 2026, month: 5, day: 4)!
                let first = try await pool.schedules.schedule(of: .delegate("HN0000"), from: day, to: day)
                #expect(first.map(\.session.date) == ["2026-05-04", "2026-05-04", "2026-05-04"])
                let later = try await pool.schedules.schedule(of: .delegate("HN0000"), from: day.adding(days: 1))
                #expect(later.map(\.session.start) == ["12:00"])
                #expect(try await pool.schedules.schedule(of: .delegate("HN0000"), to: day.adding(days: -1)).isEmpty)
            }
        }
    }

    @Test("one connection answers a timetable without dates, then with them (the statement is prepared once)")
    func preparedWithoutDatesFirst() async throws {
        try await TestDatabase.with { database in
            // One connection, so the second call runs the statement the first prepared. Its dates were typed by
            // the first call's bindings: prepared with none, a later date was sent in a format the server read
            // as binary `date` and refused (CI: "incorrect binary data format in bind parameter 3").
            var settings = database.settings
            settings.maximumConnections = 1
            try await Database.run(settings, logger: TestCluster.logger) { pool in
                _ = try await TimetableWorld.insert(into: pool.client)
                let id = try await pool.client.query(
                    "SELECT id::int FROM delegates WHERE code = 'HN0000'", logger: TestCluster.logger
                ).collect().first!.decode(Int.self)
                #expect(try await pool.schedules.schedule(ofDelegateID: id).count == 4)
                let day = CalendarDate(year: 2026, month: 5, day: 4)!
                #expect(try await pool.schedules.schedule(ofDelegateID: id, from: day, to: day).count == 3)
                #expect(try await pool.schedules.schedule(ofDelegateID: id, to: day).count == 3)
            }
        }
    }

    @Test("an unknown delegate code is a not-found error naming it")
    func unknownDelegate() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                _ = try await TimetableWorld.insert(into: pool.client)
                let error = await #expect(throws: StoreError.self) {
                    try await pool.schedules.schedule(of: .delegate("ZZ99"))
                }
                #expect(error?.code == .notFound)
                #expect(error?.message.contains("no delegate has the code ZZ99") == true)
            }
        }
    }
}

/// ``Fixture`` plus what a timetable can differ on: a second class at a venue in Tokyo whose afternoon starts at
/// noon, a session starting 15 minutes after local midnight, a session with two lecturers, one without a room,
/// a cancelled one, and seats with a cohort, without one, and withdrawn.
struct TimetableWorld {
    /// Each delegate code's seats: class code and cohort code (nil: the whole class).
    var seats: [String: [(classCode: String, cohortCode: String?)]]

    static func insert(into client: PostgresClient) async throws -> TimetableWorld {
        let fixture = try await Fixture.insert(into: client, delegateCount: 4)
        let logger = TestCluster.logger
        func one(_ query: PostgresQuery) async throws -> Int {
            try await client.query(query, logger: logger).collect().first!.decode(Int.self)
        }
        let (n1, n2) = (fixture.cohorts[0], fixture.cohorts[1])
        _ = try await fixture.addSession(client, cohort: n1, room: nil, start: "00:15", end: "01:45")
        let morning = try await fixture.addSession(
            client, cohort: n1, room: fixture.rooms[0], start: "07:30", end: "11:30")
        let afternoon = try await fixture.addSession(client, cohort: n1, room: nil, start: "13:30", end: "17:00")
        let cancelled = try await fixture.addSession(client, cohort: n1, room: nil, start: "18:00", end: "19:00")
        let other = try await fixture.addSession(
            client, cohort: n2, room: fixture.rooms[1], start: "13:30", end: "17:00")
        try await client.query(
            """
            INSERT INTO session_lecturers (session_id, lecturer_id)
            VALUES (\(morning), \(fixture.lecturers[1])), (\(morning), \(fixture.lecturers[0])),
                   (\(afternoon), \(fixture.lecturers[1])), (\(other), \(fixture.lecturers[0]))
            """, logger: logger)
        try await client.query(
            "UPDATE sessions SET status = 'cancelled' WHERE id = \(cancelled)", logger: logger)

        let venue = try await one(
            """
            INSERT INTO venues (code, name, province_code, time_zone, morning_starts, morning_ends, afternoon_starts)
            VALUES ('TK', 'Hội trường Tokyo', '01', 'Asia/Tokyo', '08:00', '11:30', '12:00') RETURNING id
            """)
        let room = try await one(
            "INSERT INTO rooms (venue_id, code, name, capacity) VALUES (\(venue), 'A', 'Phòng A', 50) RETURNING id")
        let tokyo = try await one(
            """
            INSERT INTO classes (code, curriculum_code, venue_id, capacity, starts_on, ends_on)
            VALUES ('B-TK-01', 'CT-B', \(venue), 30, '2026-05-04', '2026-05-29') RETURNING id
            """)
        let tokyoCohort = try await one("INSERT INTO cohorts (class_id, code) VALUES (\(tokyo), 'N1') RETURNING id")
        try await client.query(
            """
            INSERT INTO sessions (class_id, cohort_id, module_code, room_id, during)
            VALUES (\(tokyo), \(tokyoCohort), 'B01', \(room),
                    tstzrange('2026-05-05 12:00'::timestamp AT TIME ZONE 'Asia/Tokyo',
                              '2026-05-05 16:00'::timestamp AT TIME ZONE 'Asia/Tokyo', '[)'))
            """, logger: logger)

        let (d0, d1, d2, d3) = (fixture.delegates[0], fixture.delegates[1], fixture.delegates[2], fixture.delegates[3])
        try await client.query(
            """
            INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
            VALUES (\(fixture.classID), \(n1), \(d0), 'enrolled'), (\(tokyo), \(tokyoCohort), \(d0), 'enrolled'),
                   (\(fixture.classID), \(n2), \(d1), 'enrolled'),
                   (\(fixture.classID), NULL, \(d2), 'enrolled'), (\(tokyo), NULL, \(d2), 'completed'),
                   (\(fixture.classID), \(n1), \(d3), 'withdrawn')
            """, logger: logger)
        return TimetableWorld(seats: [
            "HN0000": [("B-HN-01", "N1"), ("B-TK-01", "N1")],
            "HN0001": [("B-HN-01", "N2")],
            "HN0002": [("B-HN-01", nil), ("B-TK-01", nil)],
            "HN0003": [],
        ])
    }
}
