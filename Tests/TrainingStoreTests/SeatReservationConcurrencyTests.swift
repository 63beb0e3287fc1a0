import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

/// Many enrollers of three provinces at once in a class that holds seats for two of them: the rule of migration
/// 0039 must hold at every seat taken, which the status history replays in the order the class's lock gave.
@Suite("Reserved seats under concurrency")
struct SeatReservationConcurrencyTests {
    static let capacity = 20
    /// Hồ Chí Minh (79) and Đà Nẵng (48) hold seats; Hà Nội (01) does not.
    static let reserved = ["79": 6, "48": 4]

    /// Runs every job at once, each on its own pool (so its own connection), connected first.
    func together(_ database: TestDatabase, _ jobs: [@Sendable (Database) async throws -> Void]) async throws {
        let startLine = StartLine(expected: jobs.count)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for job in jobs {
                group.addTask {
                    try await database.run { pool in
                        _ = try await pool.client.query("SELECT 1", logger: TestCluster.logger).collect()
                        await startLine.arrive()
                        try await job(pool)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test(
        "50 enrollers of three provinces at once, then withdrawals among newcomers: never over capacity, no reserved seat to an outsider before the day"
    )
    func hammer() async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await EnrollmentFixture.load(into: pool, councillors: 44)
                try await SeatFixture.addCouncillors(prefix: "H", province: "79", count: 8, in: pool)
                try await SeatFixture.addCouncillors(prefix: "D", province: "48", count: 4, in: pool)
                try await EnrollmentFixture.open("B-HN-01", in: pool, capacity: Self.capacity, cohorts: 2)
                for (province, seats) in Self.reserved {
                    _ = try await TrainingOperations(database: pool).reserveSeats(
                        classCode: "B-HN-01", for: .province(province), seats: seats, until: SeatFixture.april30,
                        today: SeatFixture.april1)
                }
            }
            // 40 of Hà Nội rush 6 of Hồ Chí Minh and 4 of Đà Nẵng: each group still gets every seat held for it.
            let first = SeatFixture.codes("P", 1...40) + SeatFixture.codes("H", 1...6) + SeatFixture.codes("D", 1...4)
            try await together(database, first.map(Self.enrolling(on: SeatFixture.april1)))
            let afterFirst = try await check(database, on: SeatFixture.april1)
            #expect(afterFirst.seated == Self.capacity)
            #expect(afterFirst.byProvince == ["01": 10, "79": 6, "48": 4])

            // Two of each province leave (one of Đà Nẵng) while two of Hồ Chí Minh and four of Hà Nội arrive: the
            // seats of Hồ Chí Minh go to its newcomers, those of Hà Nội to its first waiting, and Đà Nẵng's stays
            // empty although people wait.
            let seated = try await database.run { pool in try await SeatFixture.seating(in: pool).seated }
            let leaving =
                ["P", "H"].flatMap { prefix in seated.filter { $0.hasPrefix(prefix) }.sorted().prefix(2) }
                + seated.filter { $0.hasPrefix("D") }.sorted().prefix(1)
            let newcomers = SeatFixture.codes("H", 7...8) + SeatFixture.codes("P", 41...44)
            try await together(
                database,
                leaving.map(Self.withdrawing(on: SeatFixture.april1))
                    + newcomers.map(Self.enrolling(on: SeatFixture.april1)))
            let afterSecond = try await check(database, on: SeatFixture.april1)
            #expect(afterSecond.byProvince == ["01": 10, "79": 6, "48": 3])

            // After the day the seat of Đà Nẵng opens: the job and two latecomers race for it, and the first
            // waiting gets it.
            let firstWaiting = try await database.run { pool in try await SeatFixture.seating(in: pool).waiting[0] }
            let expiry: @Sendable (Database) async throws -> Void = {
                _ = try await $0.jobs.run(.openExpiredReservations, now: SeatFixture.may1.midnightInVietnam)
            }
            try await together(database, [expiry] + ["0101", "0102"].map(Self.enrolling(on: SeatFixture.may1)))
            let last = try await check(database, on: SeatFixture.may1)
            #expect(last.seated == Self.capacity)
            #expect(
                try await database.run { pool in try await SeatFixture.seating(in: pool).seated }.contains(firstWaiting)
            )
        }
    }

    static func enrolling(on day: CalendarDate) -> @Sendable (String) -> @Sendable (Database) async throws -> Void {
        { code in { try await SeatFixture.enroll([code], on: day, in: $0) } }
    }

    static func withdrawing(on day: CalendarDate) -> @Sendable (String) -> @Sendable (Database) async throws -> Void {
        { code in { try await SeatFixture.withdraw(code, on: day, in: $0) } }
    }

    /// Replays every status the class's enrollments took, in the order the class's lock gave them, checking
    /// that each seat was one its delegate could take on `day`; then that nobody waits who could take a free seat,
    /// and that the class's count is the seats held. Returns the seats held, in all and by province.
    func check(_ database: TestDatabase, on day: CalendarDate) async throws
        -> (seated: Int, byProvince: [String: Int])
    {
        try await database.run { pool in
            let events = try await pool.client.query(
                """
                SELECT h.enrollment_id, h.status, d.code, d.province_code
                FROM enrollment_status_history h JOIN enrollments e ON e.id = h.enrollment_id
                JOIN delegates d ON d.id = e.delegate_id
                ORDER BY h.id
                """, logger: TestCluster.logger
            ).collect().map { try $0.decode((Int, String, String, String).self) }
            var status: [Int: String] = [:]
            var byProvince: [String: Int] = [:]
            let active = day <= SeatFixture.april30
            for (enrollment, next, code, province) in events {
                let wasSeated = status[enrollment] == "enrolled"
                status[enrollment] = next
                if next == "enrolled" && !wasSeated {
                    let seated = byProvince.values.reduce(0, +)
                    let heldForOthers =
                        active
                        ? Self.reserved.filter { $0.key != province }
                            .map { max($0.value - byProvince[$0.key, default: 0], 0) }.reduce(0, +) : 0
                    #expect(
                        seated + heldForOthers < Self.capacity, "\(code) of \(province) took a seat held for others")
                    byProvince[province, default: 0] += 1
                } else if wasSeated && next != "enrolled" {
                    byProvince[province, default: 0] -= 1
                }
            }
            let (count, passedOver) = try await pool.transaction { connection in
                _ = try await connection.query(
                    "SELECT set_config('ttbd.today', \(day.description), true)", logger: TestCluster.logger)
                return try await connection.query(
                    """
                    SELECT enrolled_count, (SELECT count(*) FROM enrollments e
                        WHERE e.status = 'waitlisted' AND may_take_seat(e.class_id, e.delegate_id))
                    FROM classes
                    """, logger: TestCluster.logger
                ).collect().first!.decode((Int, Int).self)
            }
            let seated = byProvince.values.reduce(0, +)
            #expect(seated <= Self.capacity && count == seated)
            #expect(passedOver == 0, "a wait-listed delegate could take a free seat")
            return (seated, byProvince)
        }
    }
}
