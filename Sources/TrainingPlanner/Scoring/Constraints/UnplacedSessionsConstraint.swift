public import TrainingModel

/// Hard: every session of the classes to plan is placed. A class the planner cannot place whole is left out, and
/// each of its sessions counts one unit.
public struct UnplacedSessionsConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "unplaced sessions"
    private static let unitWording: Message = "sessions not placed"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "unplacedSessions" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        for classIndex in solution.problem.classes.indices where solution.isUnplanned[classIndex] {
            let trainingClass = solution.problem.classes[classIndex]
            for cohort in trainingClass.cohorts {
                let count = cohort.sessionsToPlace.reduce(0, +)
                guard count > 0 else { continue }
                penalize(count, classIndex) {
                    "cohort \(cohort.code) of class \(trainingClass.code) has \(number: count) sessions the plan leaves out"
                }
            }
        }
    }
}
