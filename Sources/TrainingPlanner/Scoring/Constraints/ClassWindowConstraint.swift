public import TrainingModel

/// Hard: a class meets between its first and last date. Each session outside the class's window (or of a class
/// with no half-day in the horizon) is one unit.
public struct ClassWindowConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "class window"
    private static let unitWording: Message = "sessions outside the class's dates"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "sessionsOutsideWindow" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
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
