import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

/// The invariants of DESIGN.md, shown by the database refusing the bad row.
@Suite("The database refuses what breaks an invariant")
struct SchemaInvariantTests {
    let logger = TestCluster.logger

    /// Runs `query`, expecting the server to refuse it with `sqlState` and `constraint`.
    func expectRefusal(
        _ client: PostgresClient, _ query: PostgresQuery, sqlState: String, constraint: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        await expectRefusal(sqlState: sqlState, constraint: constraint, sourceLocation: sourceLocation) {
            try await client.query(query, logger: logger)
        }
    }

    /// Runs `change`, expecting the server to refuse it with `sqlState` and `constraint`.
    func expectRefusal(
        sqlState: String, constraint: String? = nil, sourceLocation: SourceLocation = #_sourceLocation,
        _ change: () async throws -> some Any
    ) async {
        do {
            _ = try await change()
            Issue.record("the database accepted it", sourceLocation: sourceLocation)
        } catch {
            #expect(DatabaseFailure.sqlState(of: error) == sqlState, sourceLocation: sourceLocation)
            if let constraint {
                #expect(DatabaseFailure.constraint(of: error) == constraint, sourceLocation: sourceLocation)
            }
        }
    }

    @Test("a room is never in two overlapping sessions")
    func roomDoubleBooking() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let world = try await Fixture.insert(into: pool.client)
                _ = try await world.addSession(
                    pool.client, cohort: world.cohorts[0], room: world.rooms[0], start: "07:30", end: "11:30")
                await expectRefusal(sqlState: "23P01", constraint: "sessions_room_free") {
                    try await world.addSession(
                        pool.client, cohort: world.cohorts[1], room: world.rooms[0], start: "10:00", end: "12:00")
                }
                // Back to back is not an overlap: ranges are half-open.
                _ = try await world.addSession(
                    pool.client, cohort: world.cohorts[1], room: world.rooms[0], start: "11:30", end: "12:00")
            }
        }
    }

    @Test("a cohort is never in two overlapping sessions, even in different rooms")
    func cohortDoubleBooking() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let world = try await Fixture.insert(into: pool.client)
                _ = try await world.addSession(
                    pool.client, cohort: world.cohorts[0], room: world.rooms[0], start: "07:30", end: "11:30")
                await expectRefusal(sqlState: "23P01", constraint: "sessions_cohort_free") {
                    try await world.addSession(
                        pool.client, cohort: world.cohorts[0], room: world.rooms[1], start: "08:00", end: "09:00")
                }
            }
        }
    }

    @Test("a lecturer is never in two overlapping sessions, also when a session moves onto another")
    func lecturerDoubleBooking() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let client = pool.client
                let world = try await Fixture.insert(into: client)
                let lecturer = world.lecturers[0]
                let morning = try await world.addSession(
                    client, cohort: world.cohorts[0], room: world.rooms[0], start: "07:30", end: "11:30")
                let afternoon = try await world.addSession(
                    client, cohort: world.cohorts[1], room: world.rooms[1], start: "13:30", end: "17:00")
                try await client.query(
                    "INSERT INTO session_lecturers (session_id, lecturer_id) VALUES (\(morning), \(lecturer))",
                    logger: logger)
                try await client.query(
                    "INSERT INTO session_lecturers (session_id, lecturer_id) VALUES (\(afternoon), \(lecturer))",
                    logger: logger)
                let overlapping = try await world.addSession(
                    client, cohort: world.cohorts[1], room: world.rooms[1], start: "09:00", end: "10:00")
                await expectRefusal(
                    client,
                    "INSERT INTO session_lecturers (session_id, lecturer_id) VALUES (\(overlapping), \(lecturer))",
                    sqlState: "23P01", constraint: "session_lecturers_free")
                // Moving the afternoon session onto the morning one is refused the same way.
                await expectRefusal(
                    client,
                    "UPDATE sessions SET during = (SELECT during FROM sessions WHERE id = \(morning)), room_id = NULL WHERE id = \(afternoon)",
                    sqlState: "23P01")
                // A cancelled session frees its lecturer.
                try await client.query("UPDATE sessions SET status = 'cancelled' WHERE id = \(morning)", logger: logger)
                try await client.query(
                    "INSERT INTO session_lecturers (session_id, lecturer_id) VALUES (\(overlapping), \(lecturer))",
                    logger: logger)
            }
        }
    }

    @Test("a delegate is enrolled at most once in a class; withdrawing frees the place")
    func oneActiveEnrollment() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let client = pool.client
                let world = try await Fixture.insert(into: client)
                let delegate = world.delegates[0]
                try await client.query(
                    "INSERT INTO enrollments (class_id, delegate_id, status) VALUES (\(world.classID), \(delegate), 'enrolled')",
                    logger: logger)
                await expectRefusal(
                    client,
                    "INSERT INTO enrollments (class_id, delegate_id, status) VALUES (\(world.classID), \(delegate), 'waitlisted')",
                    sqlState: "23505", constraint: "enrollments_one_active")
                try await client.query(
                    "UPDATE enrollments SET status = 'withdrawn' WHERE delegate_id = \(delegate)", logger: logger)
                try await client.query(
                    "INSERT INTO enrollments (class_id, delegate_id, status) VALUES (\(world.classID), \(delegate), 'enrolled')",
                    logger: logger)
                let history = try await client.query(
                    "SELECT h.status FROM enrollment_status_history h JOIN enrollments e ON e.id = h.enrollment_id WHERE e.delegate_id = \(delegate) ORDER BY h.id",
                    logger: logger
                ).collect().map { try $0.decode(String.self) }
                #expect(history == ["enrolled", "withdrawn", "enrolled"])
            }
        }
    }

    @Test("a class never holds more enrolled delegates than its capacity, under 20 concurrent enrollments")
    func capacityUnderConcurrency() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let world = try await Fixture.insert(into: pool.client, capacity: 5, delegateCount: 20)
                let outcomes = try await withThrowingTaskGroup(of: String?.self) { group in
                    for delegate in world.delegates {
                        group.addTask {
                            do {
                                try await pool.client.query(
                                    "INSERT INTO enrollments (class_id, delegate_id, status) VALUES (\(world.classID), \(delegate), 'enrolled')",
                                    logger: logger)
                                return nil
                            } catch {
                                return DatabaseFailure.constraint(of: error)
                            }
                        }
                    }
                    return try await group.reduce(into: [String?]()) { $0.append($1) }
                }
                #expect(outcomes.filter { $0 == nil }.count == 5)
                #expect(outcomes.filter { $0 == "classes_capacity" }.count == 15)
                let counted = try await pool.client.query(
                    "SELECT enrolled_count, (SELECT count(*) FROM enrollments WHERE status = 'enrolled')::int FROM classes",
                    logger: logger
                ).collect().first!.decode((Int, Int).self)
                #expect(counted.0 == 5 && counted.1 == 5)
            }
        }
    }

    @Test("only a delegate enrolled in the class can be marked present")
    func attendanceNeedsEnrollment() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let client = pool.client
                let world = try await Fixture.insert(into: client)
                let session = try await world.addSession(
                    client, cohort: world.cohorts[0], room: world.rooms[0], start: "07:30", end: "11:30")
                await expectRefusal(
                    client,
                    "INSERT INTO attendance (session_id, delegate_id, status) VALUES (\(session), \(world.delegates[0]), 'present')",
                    sqlState: "23503", constraint: "attendance_enrolled")
                try await client.query(
                    "INSERT INTO enrollments (class_id, delegate_id, status) VALUES (\(world.classID), \(world.delegates[0]), 'enrolled')",
                    logger: logger)
                try await client.query(
                    "INSERT INTO attendance (session_id, delegate_id, status) VALUES (\(session), \(world.delegates[0]), 'present')",
                    logger: logger)
            }
        }
    }

    @Test("changes leave audit rows with the actor, before and after, and the log cannot be rewritten")
    func auditTrail() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let world = try await Fixture.insert(into: pool.client)
                try await pool.withConnection { connection in
                    try await connection.withTransaction(logger: logger) { connection in
                        try await connection.query("SELECT set_config('ttbd.actor', 'staff:lan', true)", logger: logger)
                        try await connection.query(
                            "INSERT INTO enrollments (class_id, delegate_id, status) VALUES (\(world.classID), \(world.delegates[0]), 'waitlisted')",
                            logger: logger)
                        try await connection.query("UPDATE enrollments SET status = 'enrolled'", logger: logger)
                    }
                }
                let rows = try await pool.client.query(
                    "SELECT actor, action, before ->> 'status', after ->> 'status' FROM audit_log WHERE table_name = 'enrollments' ORDER BY id",
                    logger: logger
                ).collect().map { try $0.decode((String, String, String?, String?).self) }
                #expect(rows.count == 2)
                #expect(rows.allSatisfy { $0.0 == "staff:lan" })
                #expect(rows.map(\.1) == ["insert", "update"])
                #expect(rows[1].2 == "waitlisted" && rows[1].3 == "enrolled")
                await expectRefusal(pool.client, "UPDATE audit_log SET actor = 'someone else'", sqlState: "23001")
                await expectRefusal(pool.client, "DELETE FROM audit_log", sqlState: "23001")
            }
        }
    }

    @Test("names are found without accents or case, and stored only in NFC")
    func vietnameseText() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let client = pool.client
                _ = try await Fixture.insert(into: client)
                let found = try await client.query(
                    "SELECT count(*) FROM delegates WHERE fold_text(full_name) LIKE '%' || fold_text('nguyen van AN') || '%'",
                    logger: logger
                ).collect().first!.decode(Int.self)
                #expect(found == 3)
                let folded = try await client.query("SELECT fold_text('Đặng Thị Ánh')", logger: logger)
                    .collect().first!.decode(String.self)
                #expect(folded == "dang thi anh")
                let decomposed = "Nguye\u{0302}\u{0303}n"
                await expectRefusal(
                    client,
                    "UPDATE delegates SET full_name = \(decomposed) WHERE code = 'HN0000'",
                    sqlState: "23514")
            }
        }
    }

    @Test("people sort the Vietnamese way with the vi-x-icu collation")
    func vietnameseOrder() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                let names = ["Ân", "Anh", "Đông", "An", "Ánh", "Dũng"]
                let sorted = try await pool.client.query(
                    "SELECT n FROM unnest(\(names)::text[]) AS n ORDER BY n COLLATE \"vi-x-icu\"", logger: logger
                ).collect().map { try $0.decode(String.self) }
                #expect(sorted == ["An", "Anh", "Ánh", "Ân", "Dũng", "Đông"])
            }
        }
    }
}
