public import TrainingModel

/// Soft: a cohort keeps its room. Each room beyond the first a cohort uses costs one unit.
public struct RoomChangesConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "room stability"
    private static let unitWording: Message = "extra rooms for one cohort"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { false }
    public var weight: Int { 1 }
    public var unitKey: String { "roomChanges" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            let rooms = Set(plan.sessions.compactMap(\.room))
            guard rooms.count > 1 else { return }
            penalize(rooms.count - 1, plan.classIndex) {
                let names = rooms.sorted().map { solution.problem.rooms[$0].name }.joined(separator: ", ")
                return "\(solution.name(of: plan)) uses \(number: rooms.count) rooms: \(names)"
            }
        }
    }
}
