import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel
public import TrainingPlanner

/// The trials of the induction's what-if: each plans with one change applied inside a savepoint and rolls back to
/// it, so that the answer is what the real plan would do and the transaction is left as it was.
extension InductionStore {
    /// The report ``planInduction(_:in:progress:)`` gives for `request`, with nothing of it kept.
    public func trialPlan(_ request: InductionRequest, in transaction: Transaction) async throws -> InductionReport {
        try await undone(in: transaction) { try await planInduction(request, in: transaction) }
    }

    /// The plan of `request` as asked, and what new lecturers would teach: that plan is kept (until the rollback),
    /// then new lecturers of every module of the program, free at every half-day the delegates are and at home
    /// nowhere, are added and the delegates still left out planned again; each round doubles the new lecturers, up
    /// to `rounds`, until nobody more is placed. New lecturers sort after everyone else, so a program's own lecturer
    /// who is free and as close takes a session first. Returns the plan as asked, what the new lecturers teach, who
    /// is still left out with them, and how many plans it made.
    public func lecturerTrial(
        _ request: InductionRequest, rounds: Int, in transaction: Transaction
    ) async throws -> (plan: InductionReport, needs: LecturerNeeds, leftOut: Int, plans: Int) {
        try await undone(in: transaction) {
            let connection = transaction.connection
            let asked = try await planInduction(request, in: transaction)
            var report = asked
            let modules = try await connection.query(
                "SELECT code FROM modules WHERE curriculum_code = \(request.program) ORDER BY position",
                logger: logger
            ).collect().map { try $0.decode(String.self) }
            var added: [Int] = []
            var (perModule, plans) = (1, 1)
            for round in 1...max(1, rounds) where report.leftOut.contains(where: { $0.kind == "not-planned" }) {
                added += try await addLecturers(perModule, of: modules, round: round, on: connection)
                report = try await planInduction(request, in: transaction)
                plans += 1
                if report.placed == 0 { break }
                perModule *= 2
            }
            let needs = LecturerNeeds(sessions: try await sessions(taughtBy: added, on: connection))
            return (asked, needs, report.leftOutCount, plans)
        }
    }

    /// The last day of `term`, which no window may pass; `nil` when there is no such term.
    public func termEnds(_ term: String, in transaction: Transaction) async throws -> CalendarDate? {
        try await transaction.connection.query("SELECT ends_on::text FROM terms WHERE code = \(term)", logger: logger)
            .collect().first.flatMap { CalendarDate(parsing: try $0.decode(String.self)) }
    }

    /// The seats of the largest room at any venue in a province: classes larger than it only split into more
    /// cohorts.
    public func largestRoom(in transaction: Transaction) async throws -> Int {
        try await transaction.connection.query(
            """
            SELECT coalesce(max(r.capacity), 0)::int8 FROM rooms r JOIN venues v ON v.id = r.venue_id
            WHERE NOT r.online AND NOT v.online AND v.province_code IS NOT NULL
            """, logger: logger
        ).collect().first!.decode(Int.self)
    }

    private func undone<Result>(
        in transaction: Transaction, _ body: () async throws -> Result
    ) async throws -> Result {
        try await transaction.connection.query("SAVEPOINT what_if", logger: logger)
        let result = try await body()
        try await transaction.connection.query("ROLLBACK TO SAVEPOINT what_if", logger: logger)
        return result
    }

    /// `count` new lecturers of each module, each teaching that module only; their ids.
    private func addLecturers(
        _ count: Int, of modules: [String], round: Int, on connection: PostgresConnection
    ) async throws -> [Int] {
        let codes = modules.flatMap { module in (1...count).map { (module, "zzz.what-if.\(round).\($0).\(module)") } }
        let rows = try await connection.query(
            """
            WITH added AS (
                INSERT INTO lecturers (code, full_name, name_sort_key)
                SELECT code, code, code FROM unnest(\(codes.map(\.1))::text[]) AS code
                RETURNING id, code
            ), taught AS (
                INSERT INTO lecturer_modules (lecturer_id, module_code)
                SELECT a.id, u.module FROM added a
                JOIN unnest(\(codes.map(\.1))::text[], \(codes.map(\.0))::text[]) AS u(code, module) ON u.code = a.code
            )
            SELECT id FROM added
            """, logger: logger)
        return try await rows.collect().map { try $0.decode(Int.self) }
    }

    /// The sessions `lecturers` teach, each in its class's province: an online class has no venue, so its province
    /// is the one its code names (`<prefix>-<province>-NN`, as ``InductionClassWriter`` numbers them).
    private func sessions(taughtBy lecturers: [Int], on connection: PostgresConnection) async throws
        -> [LecturerNeeds.Session]
    {
        let rows = try await connection.query(
            """
            SELECT s.module_code, coalesce(v.province_code, substring(c.code FROM '-([0-9]{2})-[0-9]+$'), ''),
                   local.start::date::text, extract(hour FROM local.start) < 12
            FROM session_lecturers sl
            JOIN sessions s ON s.id = sl.session_id JOIN classes c ON c.id = s.class_id
            LEFT JOIN venues v ON v.id = c.venue_id
            CROSS JOIN LATERAL (SELECT lower(s.during) AT TIME ZONE coalesce(v.time_zone, \(Venue.defaultTimeZone)) AS start) local
            WHERE sl.lecturer_id = ANY(\(lecturers)::int8[])
            """, logger: logger)
        var sessions: [LecturerNeeds.Session] = []
        for try await (module, province, day, morning) in rows.decode((String, String, String, Bool).self) {
            guard let date = CalendarDate(parsing: day) else { continue }
            sessions.append(
                LecturerNeeds.Session(
                    module: module, province: province, date: date, halfDay: morning ? .morning : .afternoon))
        }
        return sessions
    }
}
