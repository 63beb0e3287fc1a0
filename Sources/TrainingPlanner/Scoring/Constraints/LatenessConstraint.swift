public import TrainingModel

/// Soft: classes that want to be early (first-time delegates' induction, in the "golden time") meet as soon
/// after their first date as they can. Each session costs the half-days between the class's first date and it,
/// times the class's earliness.
public struct LatenessConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "lateness"
    private static let unitWording: Message = "half-days later than the class's start (first-time classes)"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { false }
    public var weight: Int { 1 }
    public var unitKey: String { "lateness" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            let earliness = solution.problem.classes[plan.classIndex].earliness
            let start = solution.problem.classes[plan.classIndex].window?.lowerBound ?? 0
            for session in plan.sessions {
                let units = earliness * (session.slot - start)
                guard units != 0 else { continue }
                penalize(units, plan.classIndex) {
                    "\(solution.describe(session, of: solution.trainingClass(of: plan))) for \(solution.name(of: plan)) is"
                        + " \(number: session.slot - start) half-days after the class's first, at earliness \(number: earliness)"
                }
            }
        }
    }
}
