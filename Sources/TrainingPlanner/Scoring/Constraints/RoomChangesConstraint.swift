/// Soft: a cohort keeps its room. Each room beyond the first a cohort uses costs one unit.
public struct RoomChangesConstraint: PlanningConstraint {
    public init() {}
    public var name: String { "room stability" }
    public var isHard: Bool { false }
    public var weight: Int { 1 }
    public var unitKey: String { "roomChanges" }
    public var unitLabel: String { "extra rooms for one cohort" }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> String) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            let rooms = Set(plan.sessions.compactMap(\.room))
            guard rooms.count > 1 else { return }
            penalize(rooms.count - 1, plan.classIndex) {
                let names = rooms.sorted().map { solution.problem.rooms[$0].name }.joined(separator: ", ")
                return "\(solution.name(of: plan)) uses \(rooms.count) rooms: \(names)"
            }
        }
    }
}
