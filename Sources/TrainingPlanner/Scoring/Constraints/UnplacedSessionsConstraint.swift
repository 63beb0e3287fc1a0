/// Hard: every session of the classes to plan is placed. A class the planner cannot place whole is left out, and
/// each of its sessions counts one unit.
public struct UnplacedSessionsConstraint: PlanningConstraint {
    public init() {}
    public var name: String { "unplaced sessions" }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "unplacedSessions" }
    public var unitLabel: String { "sessions not placed" }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> String) -> Void
    ) {
        for classIndex in solution.problem.classes.indices where solution.isUnplanned[classIndex] {
            let trainingClass = solution.problem.classes[classIndex]
            for cohort in trainingClass.cohorts {
                let count = cohort.sessionsToPlace.reduce(0, +)
                guard count > 0 else { continue }
                penalize(count, classIndex) {
                    "cohort \(cohort.code) of class \(trainingClass.code) has \(count) sessions the plan leaves out"
                }
            }
        }
    }
}
