/// Hard: a class meets between its first and last date. Each session outside the class's window (or of a class
/// with no half-day in the horizon) is one unit.
public struct ClassWindowConstraint: PlanningConstraint {
    public init() {}
    public var name: String { "class window" }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "sessionsOutsideWindow" }
    public var unitLabel: String { "sessions outside the class's dates" }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> String) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            for session in plan.sessions where trainingClass.window?.contains(session.slot) != true {
                penalize(1, plan.classIndex) {
                    "\(solution.describe(session, of: trainingClass)) for \(solution.name(of: plan)) is outside the class's dates"
                }
            }
        }
    }
}
