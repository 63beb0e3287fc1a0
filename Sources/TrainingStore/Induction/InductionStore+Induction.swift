import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel
import TrainingPlanner

extension InductionStore {
    /// Plans the induction of a term inside `transaction`: forms classes of the program per province for the
    /// first-time delegates still to train (``ClassFormation``), creates them at the provinces' venues with
    /// cohorts sized to the rooms, schedules them with the planner, and enrolls every delegate of the classes it
    /// placed. Classes the planner cannot plan are not created; their delegates are reported left out with the
    /// planner's reason. Whether it is kept (not on a dry run) is the caller's decision.
    public func planInduction(
        _ request: InductionRequest, in transaction: Transaction,
        progress: @escaping @Sendable (Message) -> Void = { _ in }
    ) async throws -> InductionReport {
        let logger = self.logger
        let connection = transaction.connection
        let program = try await InductionProgram.read(request, on: connection, logger: logger)
        // Formation would otherwise skip an unknown online province and plan it at a venue.
        try await KnownProvinces.require(request.onlineProvinces.sorted(), on: connection, logger: logger)
        // Two plans at once would number their classes alike and place the same delegates.
        try await connection.query(
            "SELECT pg_advisory_xact_lock(hashtext('ttbd.induction'))", logger: logger)
        progress("reading delegates and venues")
        let input = try await InductionInput.load(
            program: program, term: request.term, on: connection, logger: logger)
        let proposal = ClassFormation(classSize: request.classSize, online: request.onlineProvinces).form(
            input.candidates, venues: input.venues)
        let writer = InductionClassWriter(
            program: program, request: request, connection: connection, logger: logger)
        let codes = try await writer.codes(for: proposal.classes)
        progress("creating \(number: proposal.classes.count) classes")
        // Classes are planned before anyone is enrolled: those the planner cannot place are rolled back while
        // still empty, and only the others get their delegates, once.
        try await connection.query("SAVEPOINT induction", logger: logger)
        var created = try await writer.create(proposal.classes, codes: codes)
        progress("scheduling \(number: proposal.classes.count) classes")
        var seating = created.seating(of: proposal.classes, codes: codes)
        var solution = try await Self.solve(
            created, seating: seating, request: request, on: connection, logger: logger)
        let unplanned = Dictionary(
            (solution?.unplanned ?? []).map { ($0.code, $0.reasons) }, uniquingKeysWith: { first, _ in first })
        let keep = codes.indices.filter { unplanned[codes[$0]] == nil }
        if !unplanned.isEmpty {
            progress("dropping \(number: unplanned.count) classes that cannot be scheduled")
            try await connection.query("ROLLBACK TO SAVEPOINT induction", logger: logger)
            let (keptClasses, keptCodes) = (keep.map { proposal.classes[$0] }, keep.map { codes[$0] })
            created = try await writer.create(keptClasses, codes: keptCodes)
            seating = created.seating(of: keptClasses, codes: keptCodes)
            solution = try await solution?.recreated(
                classIDs: created.classIDs, cohortIDs: created.cohortIDs, on: connection, logger: logger)
        }
        var plan: PlanReport?
        if let solution { plan = try await SchedulePlanning.write(solution, on: connection, logger: logger) }
        try await writer.enroll(seating)
        var report = InductionReport(
            request: request, input: input, proposal: proposal, codes: codes,
            unplanned: unplanned.mapValues { Message.joined($0, separator: "; ") },
            sessionsPlaced: plan?.sessionsPlaced ?? 0,
            lecturerHalfDays: InductionReport.LecturerHalfDays(
                needed: proposal.classes.reduce(0) { $0 + $1.cohortSizes.count } * program.halfDays,
                available: try await Self.lecturerHalfDays(
                    program: program.code, request: request, on: connection, logger: logger)))
        report.preferredOrders = (plan?.preferredOrders ?? []).filter { unplanned[$0.classCode] == nil }
        return report
    }

    /// The planner's solution for the new classes, nothing written: none when there are no classes.
    private static func solve(
        _ created: CreatedClasses, seating: ProspectiveSeating, request: InductionRequest,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> PlanningSolution? {
        guard !created.classIDs.isEmpty else { return nil }
        return try await SchedulePlanning.solve(
            classIDs: Array(created.classIDs.values),
            options: PlanningOptions(
                seed: request.seed, timeLimit: request.timeLimit, monthPreferenceWeight: request.monthPreferenceWeight),
            preferences: request.monthPreferences, seating: seating, on: connection, logger: logger)
    }

    /// Half-days the lecturers who teach a module of the program have in the window: two per weekday that is
    /// not a holiday and not in their unavailability, before any session is counted.
    private static func lecturerHalfDays(
        program: String, request: InductionRequest, on connection: PostgresConnection, logger: Logger
    ) async throws -> Int {
        try await connection.query(
            """
            SELECT (2 * count(*))::int8
            FROM lecturers l
            CROSS JOIN generate_series(\(request.startsOn.description)::date, \(request.endsOn.description)::date,
                                       interval '1 day') AS g(day)
            CROSS JOIN LATERAL (SELECT tstzrange(g.day::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
                                                 (g.day::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS span) d
            WHERE EXISTS (SELECT 1 FROM lecturer_modules lm JOIN modules m ON m.code = lm.module_code
                          WHERE lm.lecturer_id = l.id AND m.curriculum_code = \(program))
              AND extract(isodow FROM g.day) < 6
              AND NOT EXISTS (SELECT 1 FROM unavailability u
                              WHERE u.during && d.span AND (u.kind = 'holiday' OR u.lecturer_id = l.id))
            """, logger: logger
        ).collect().first!.decode(Int.self)
    }
}
