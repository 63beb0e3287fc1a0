import Logging
import PostgresNIO
import TrainingPlanner

/// A plan solved and not yet written, with the database ids it is to be written under.
struct PlanningSolution {
    var world: PlanningWorld
    var result: PlanningResult

    /// The classes the planner could not place whole, and why.
    var unplanned: [UnplannedClass] {
        result.explanations.keys.sorted().map {
            UnplannedClass(code: world.problem.classes[$0].code, reasons: result.explanations[$0]!)
        }
    }

    /// The same plan for its classes created again under new ids (after a rollback to a savepoint), their
    /// half-days written anew to `plan_slots`, which the rollback dropped. `classIDs` is by class code,
    /// `cohortIDs` by `class code/cohort code`; classes missing from them are the unplanned, which are never written.
    func recreated(
        classIDs: [String: Int], cohortIDs: [String: Int], on connection: PostgresConnection, logger: Logger
    ) async throws -> PlanningSolution {
        var moved = self
        for (index, trainingClass) in world.problem.classes.enumerated() {
            guard let id = classIDs[trainingClass.code] else { continue }
            moved.world.classIDs[index] = id
            for (cohortIndex, cohort) in trainingClass.cohorts.enumerated() {
                moved.world.cohortIDs[index][cohortIndex] = cohortIDs["\(trainingClass.code)/\(cohort.code)"]!
            }
        }
        try await PlanningLoader(connection: connection, logger: logger).writeSlots(
            classIDs: Array(classIDs.values), horizonStart: world.horizonStart)
        return moved
    }
}
