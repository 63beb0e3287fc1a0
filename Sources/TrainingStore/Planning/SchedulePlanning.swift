public import Logging
public import PostgresNIO
import TrainingPlanner

/// Planning inside a caller's transaction: load the classes' world, solve, write the sessions of the classes
/// planned whole. `ttbd schedule plan` wraps it in its own transaction; `ttbd plan induction` calls it after
/// forming its classes, in the same transaction.
public enum SchedulePlanning {
    /// Plans the classes with ids `classIDs`, writes the sessions of those fully planned, and returns the rest
    /// with why (nothing is written for them).
    public static func plan(
        classIDs: [Int], options: PlanningOptions, on connection: PostgresConnection, logger: Logger
    ) async throws -> PlanReport {
        let world = try await PlanningLoader(connection: connection, logger: logger).load(classIDs: classIDs)
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
            iterations: result.iterations, written: true)
    }
}
