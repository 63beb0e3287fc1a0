import Logging
import PostgresNIO
import TrainingPlanner

/// Planning inside a caller's transaction: load the classes' world, solve, write the sessions of the classes
/// planned whole. `ttbd schedule plan` wraps it in its own transaction; `ttbd plan induction` solves after
/// forming its classes and writes once it has dropped those that cannot be planned, in the same transaction.
enum SchedulePlanning {
    /// Plans the classes with ids `classIDs`, writes the sessions of those fully planned, and returns the rest
    /// with why (nothing is written for them). `preferences` are the months people asked for each module in.
    static func plan(
        classIDs: [Int], options: PlanningOptions, preferences: MonthPreferences = MonthPreferences(),
        on connection: PostgresConnection, logger: Logger
    ) async throws -> PlanReport {
        let solution = try await solve(
            classIDs: classIDs, options: options, preferences: preferences, on: connection, logger: logger)
        return try await write(solution, on: connection, logger: logger)
    }

    /// The plan of the classes with ids `classIDs`, nothing written. `seating` are delegates about to be seated
    /// in their cohorts, counted as if they were.
    static func solve(
        classIDs: [Int], options: PlanningOptions, preferences: MonthPreferences = MonthPreferences(),
        seating: ProspectiveSeating = ProspectiveSeating(), on connection: PostgresConnection, logger: Logger
    ) async throws -> PlanningSolution {
        var world = try await PlanningLoader(connection: connection, logger: logger).load(
            classIDs: classIDs, seating: seating)
        world.problem.monthPreferences = preferences
        return PlanningSolution(world: world, result: Planner.plan(world.problem, options: options))
    }

    /// Writes the sessions of the classes `solution` planned whole and tells what it did.
    static func write(_ solution: PlanningSolution, on connection: PostgresConnection, logger: Logger) async throws
        -> PlanReport
    {
        let (world, result) = (solution.world, solution.result)
        let changes = try await PlanningWriter(connection: connection, logger: logger, world: world).write(result)
        let classes = world.problem.classes
        return PlanReport(
            plannedClasses: classes.indices.filter { result.explanations[$0] == nil }.map { classes[$0].code },
            unplanned: solution.unplanned,
            sessionsPlaced: result.sessions.joined().joined().count, sessionsCreated: changes.created,
            sessionsKept: changes.kept, sessionsCancelled: changes.cancelled, moved: changes.moved, cost: result.cost,
            iterations: result.iterations,
            preferredOrders: result.preferredOrders.map {
                PreferredOrder(classCode: classes[$0.classIndex].code, modules: $0.modules, reason: $0.wording)
            }, written: true)
    }
}
