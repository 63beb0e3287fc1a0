import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

/// The arithmetic of reserved seats (migration 0039), judged on days the tests choose: `P…` delegates are of
/// Hà Nội (01), `H…` of Hồ Chí Minh (79).
@Suite("Seats reserved for a province or a body")
struct SeatReservationTests {
    /// A class of `capacity` seats with `reserved` of them held for Hồ Chí Minh until 30 April, made on 1 April.
    func world(
        capacity: Int, reserved: Int, _ body: (Database) async throws -> Void
    ) async throws {
        try await EnrollmentFixture.with(councillors: 6) { pool in
            try await SeatFixture.addCouncillors(prefix: "H", province: "79", count: 4, in: pool)
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: capacity)
            _ = try await TrainingOperations(database: pool).reserveSeats(
                classCode: "B-HN-01", for: .province("79"), seats: reserved, until: SeatFixture.april30,
                today: SeatFixture.april1)
            try await body(pool)
        }
    }

    @Test("before the day, outsiders take only the open seats and the group its reserved ones too")
    func outsidersTakeOpenSeats() async throws {
        try await world(capacity: 5, reserved: 2) { pool in
            let outsiders = try await SeatFixture.enroll(
                SeatFixture.codes("P", 1...4), on: SeatFixture.april1, in: pool)
            #expect(
                outsiders.map(\.summary) == [
                    "enrolled (N1)", "enrolled (N1)", "enrolled (N1)", "wait-listed (position 1)",
                ])
            let group = try await SeatFixture.enroll(SeatFixture.codes("H", 1...3), on: SeatFixture.april30, in: pool)
            #expect(group.map(\.summary) == ["enrolled (N1)", "enrolled (N1)", "wait-listed (position 2)"])
            #expect(try await EnrollmentFixture.number(pool, "SELECT enrolled_count FROM classes") == 5)
        }
    }

    @Test("members use the reserved seats first, so outsiders keep the open ones they would have had")
    func membersUseReservedSeatsFirst() async throws {
        try await world(capacity: 5, reserved: 2) { pool in
            let group = try await SeatFixture.enroll(SeatFixture.codes("H", 1...3), on: SeatFixture.april1, in: pool)
            #expect(group.map(\.summary) == ["enrolled (N1)", "enrolled (N1)", "enrolled (N1)"])
            let outsiders = try await SeatFixture.enroll(
                SeatFixture.codes("P", 1...3), on: SeatFixture.april1, in: pool)
            #expect(outsiders.map(\.summary) == ["enrolled (N1)", "enrolled (N1)", "wait-listed (position 1)"])
            let reservation = try await pool.classes.reservations(classCode: "B-HN-01")
            #expect(reservation.map(\.taken) == [3] && reservation.map(\.held) == [0])
        }
    }

    @Test("a member seated before the reservation counts against it")
    func seatedBeforeCounts() async throws {
        try await EnrollmentFixture.with(councillors: 4) { pool in
            try await SeatFixture.addCouncillors(prefix: "H", province: "79", count: 2, in: pool)
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 4)
            try await SeatFixture.enroll(["H001"], on: SeatFixture.april1, in: pool)
            let reservation = try await TrainingOperations(database: pool).reserveSeats(
                classCode: "B-HN-01", for: .province("79"), seats: 2, until: SeatFixture.april30,
                today: SeatFixture.april1)
            #expect(reservation.taken == 1 && reservation.held == 1 && !reservation.expired)
            let outsiders = try await SeatFixture.enroll(
                SeatFixture.codes("P", 1...3), on: SeatFixture.april1, in: pool)
            #expect(outsiders.map(\.summary) == ["enrolled (N1)", "enrolled (N1)", "wait-listed (position 1)"])
        }
    }

    @Test("a body's reservation holds seats for every council of that kind, whatever its province")
    func bodyReservation() async throws {
        try await EnrollmentFixture.with(councillors: 2) { pool in
            try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: 2)
            _ = try await TrainingOperations(database: pool).reserveSeats(
                classCode: "B-HN-01", for: .body(.communeCouncil), seats: 1, until: SeatFixture.april30,
                today: SeatFixture.april1)
            let outsiders = try await SeatFixture.enroll(["P001", "P002"], on: SeatFixture.april1, in: pool)
            #expect(outsiders.map(\.summary) == ["enrolled (N1)", "wait-listed (position 1)"])
            // 0101 sits in the commune council of Ba Đình.
            let member = try await SeatFixture.enroll(["0101"], on: SeatFixture.april1, in: pool)
            #expect(member.map(\.summary) == ["enrolled (N1)"])
        }
    }

    @Test("after the day, the next enrollment first seats those waiting, then takes its own place in line")
    func expiryAtTheNextEnrollment() async throws {
        try await world(capacity: 3, reserved: 2) { pool in
            try await SeatFixture.enroll(SeatFixture.codes("P", 1...3), on: SeatFixture.april30, in: pool)
            #expect(try await SeatFixture.seating(in: pool).waiting == ["P002", "P003"])
            let late = try await SeatFixture.enroll(["P004"], on: SeatFixture.may1, in: pool)
            #expect(late.map(\.summary) == ["wait-listed (position 1)"])
            let seating = try await SeatFixture.seating(in: pool)
            #expect(seating.seated == ["P001", "P002", "P003"] && seating.waiting == ["P004"])
            let expired = try await TrainingOperations(database: pool).removeReservation(
                classCode: "B-HN-01", for: .province("79"), today: SeatFixture.may1)
            #expect(expired.removed.expired && expired.removed.held == 0 && expired.seatedFromWaitList == 0)
        }
    }

    @Test("the open-expired-reservations job seats those waiting once the day has passed, and not before")
    func expiryByTheJob() async throws {
        try await world(capacity: 3, reserved: 2) { pool in
            try await SeatFixture.enroll(SeatFixture.codes("P", 1...3), on: SeatFixture.april1, in: pool)
            let lastDay = try await pool.jobs.run(
                .openExpiredReservations, now: SeatFixture.april30.midnightInVietnam.addingTimeInterval(23 * 3600))
            #expect(lastDay?.rowsChanged == 0)
            let nextDay = try await pool.jobs.run(.openExpiredReservations, now: SeatFixture.may1.midnightInVietnam)
            #expect(nextDay?.rowsChanged == 2)
            #expect(try await SeatFixture.seating(in: pool).seated == ["P001", "P002", "P003"])
            #expect(
                try await EnrollmentFixture.number(pool, "SELECT count(*) FROM outbox WHERE kind = 'promoted'") == 2)
        }
    }

    @Test("a freed seat still reserved goes to the first of the group on the wait list, an open one to the first")
    func waitListOrder() async throws {
        try await world(capacity: 3, reserved: 1) { pool in
            try await SeatFixture.enroll(
                ["P001", "P002", "P003", "H001", "H002", "P004"], on: SeatFixture.april1, in: pool)
            #expect(try await SeatFixture.seating(in: pool).waiting == ["P003", "H002", "P004"])
            let reserved = try await SeatFixture.withdraw("H001", on: SeatFixture.april1, in: pool)
            #expect(reserved.promoted?.delegateCode == "H002")
            let open = try await SeatFixture.withdraw("P001", on: SeatFixture.april1, in: pool)
            #expect(open.promoted?.delegateCode == "P003")
            #expect(try await SeatFixture.seating(in: pool).waiting == ["P004"])
        }
    }

    @Test("removing a reservation seats the wait list at once")
    func removalSeatsTheWaitList() async throws {
        try await world(capacity: 2, reserved: 1) { pool in
            try await SeatFixture.enroll(["P001", "P002"], on: SeatFixture.april1, in: pool)
            let removal = try await TrainingOperations(database: pool).removeReservation(
                classCode: "B-HN-01", for: .province("79"), today: SeatFixture.april1)
            #expect(removal.seatedFromWaitList == 1 && removal.removed.seats == 1)
            #expect(try await SeatFixture.seating(in: pool).seated == ["P001", "P002"])
            #expect(try await pool.classes.classDetail(code: "B-HN-01")?.reservations == [])
        }
    }

    @Test("the class's detail lists its reservations with what each group took, as of today (past 30 April)")
    func classDetail() async throws {
        try await world(capacity: 5, reserved: 2) { pool in
            try await SeatFixture.enroll(["H001"], on: SeatFixture.april1, in: pool)
            let reservations = try #require(try await pool.classes.classDetail(code: "B-HN-01")?.reservations)
            #expect(
                reservations == [
                    SeatReservation(
                        group: .province("79"), provinceName: "Thành phố Hồ Chí Minh", seats: 2,
                        until: SeatFixture.april30, taken: 1, expired: true)
                ])
        }
    }

    @Test("a reservation refused for each reason says so, all at once, and writes nothing")
    func refusals() async throws {
        try await world(capacity: 4, reserved: 2) { pool in
            try await SeatFixture.enroll(["P001", "P002", "H001", "H002"], on: SeatFixture.april1, in: pool)
            let operations = TrainingOperations(database: pool)
            let before = try await EnrollmentFixture.digest(pool)
            func refusal(
                _ group: SeatReservation.Group, seats: Int, until: String, classCode: String = "B-HN-01"
            ) async -> String? {
                do {
                    _ = try await operations.reserveSeats(
                        classCode: classCode, for: group, seats: seats, until: CalendarDate(parsing: until)!,
                        today: SeatFixture.april1)
                    return nil
                } catch {
                    return (error as? StoreError)?.message
                }
            }
            #expect(
                await refusal(.body(.communeCouncil), seats: 3, until: "2026-03-31")
                    == """
                    cannot reserve 3 seats of B-HN-01 for the commune councils; nothing was written:
                      the seats would be held until 2026-03-31, which is already past (today is 2026-04-01)
                      the class has 4 seats and reserves 2 for other groups; at most 2 more can be reserved
                    """)
            #expect(
                await refusal(.province("79"), seats: 1, until: "2026-06-01")
                    == """
                    cannot reserve 1 seats of B-HN-01 for province 79; nothing was written:
                      the seats would be held until 2026-06-01, after the class ends on 2026-05-29
                      2 delegates of province 79 already hold seats; the reservation cannot be smaller
                    """)
            #expect(await refusal(.province("99"), seats: 1, until: "2026-04-30") == "no province has the code 99")
            #expect(
                await refusal(.province("01"), seats: 1, until: "2026-04-30", classCode: "B-X")
                    == "no class has the code B-X")
            #expect(try await EnrollmentFixture.digest(pool) == before)
            #expect(try await EnrollmentFixture.number(pool, "SELECT count(*) FROM class_reservations") == 1)
        }
    }

    @Test("the capacity cannot go below the seats reserved, through ttbd or straight SQL")
    func capacityCoversReservations() async throws {
        try await world(capacity: 4, reserved: 3) { pool in
            let refusal = await #expect(throws: StoreError.self) {
                try await pool.transaction(dryRun: false) { transaction in
                    try await pool.classes.judgeReservations(on: SeatFixture.april1, in: transaction)
                    try await pool.classes.editClass(code: "B-HN-01", ClassEdit(capacity: 2), in: transaction)
                }
            }
            #expect(
                refusal?.message == """
                    cannot edit class B-HN-01; nothing was written:
                      3 seats are reserved for provinces or bodies; the capacity cannot go below 3 (remove or reduce \
                    the reservations first)
                    """)
            for statement: PostgresQuery in [
                """
                UPDATE classes SET capacity = 2
                """,
                """
                INSERT INTO class_reservations (class_id, body_kind, seats, reserved_until)
                SELECT id, 'commune_council', 2, '2026-04-30' FROM classes
                """,
            ] {
                do {
                    try await pool.transaction { connection in
                        _ = try await connection.query(
                            "SELECT set_config('ttbd.today', '2026-04-01', true)", logger: TestCluster.logger)
                        _ = try await connection.query(statement, logger: TestCluster.logger)
                    }
                    Issue.record("the database accepted \(statement.sql)")
                } catch {
                    #expect(DatabaseFailure.sqlState(of: error) == "23514")
                }
            }
            let capacity = try await EnrollmentFixture.number(pool, "SELECT capacity FROM classes")
            #expect(capacity == 4)
        }
    }

    @Test("a reservation is audited, named by its class and group: made, changed and removed")
    func audited() async throws {
        try await world(capacity: 4, reserved: 2) { pool in
            let operations = TrainingOperations(database: pool)
            _ = try await operations.reserveSeats(
                classCode: "B-HN-01", for: .province("79"), seats: 3, until: SeatFixture.april30,
                today: SeatFixture.april1)
            _ = try await operations.removeReservation(
                classCode: "B-HN-01", for: .province("79"), today: SeatFixture.april1)
            let entries = try await pool.audit.auditEntries(matching: AuditFilter(entity: .classReservations))
            let actions = entries.reversed().map(\.action)
            #expect(entries.allSatisfy { $0.subject == "B-HN-01 79" })
            #expect(actions == ["insert", "update", "delete"])
        }
    }
}
