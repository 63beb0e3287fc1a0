public import Logging
public import PostgresNIO
public import TrainingPlanner

/// Planning inside a caller's transaction: load the classes' world, solve, write the sessions of the classes
/// planned whole. `ttbd schedule plan` wraps it in its own transaction; `ttbd plan induction` calls it after
/// forming its classes, in the same transaction.
public enum SchedulePlanning {
    /// Plans the classes with ids `classIDs`, writes the sessions of those fully planned, and returns the rest
    /// with why (nothing is written for them). `preferences` are the months people asked for each module in.
    public static func plan(
        classIDs: [Int], options: PlanningOptions, preferences: MonthPreferences = MonthPreferences(),
        on connection: PostgresConnection, logger: Logger
    ) async throws -> PlanReport {
        var world = try await PlanningLoader(connection: connection, logger: logger).load(classIDs: classIDs)
        world.problem.monthPreferences = preferences
        let result = Planner.plan(world.problem, options: options)
        let changes = try await PlanningWriter(connection: connection, logger: logger, world: world).write(result)
        let classes = world.problem.classes
        return PlanReport(
            plannedClasses: classes.indices.filter { result.explanations[$0] == nil }.map { classes[$0].code },
            unplanned: result.explanations.keys.sorted().map {
                UnplannedClass(code: classes[$0].code, reasons: result.explanations[$0]!)
            },
            sessionsPlaced: result.sessions.joined().joined().count, sessionsCreated: changes.created,
            sessionsKept: changes.kept, sessionsCancelled: changes.cancelled, moved: changes.moved, cost: result.cost,
            iterations: result.iterations,
            preferredOrders: result.preferredOrders.map {
                PreferredOrder(classCode: classes[$0.classIndex].code, modules: $0.modules, reason: $0.wording)
            }, written: true)
    }
}
