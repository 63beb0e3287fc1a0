public import TrainingModel

/// Hard: a room holds one session at a time, and none when it is busy (closed, another class's session). Each
/// session in a busy room, and each beyond the first in one room and half-day, is one unit.
public struct RoomAvailabilityConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "room availability"
    private static let unitWording: Message = "sessions when the room is busy or taken"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "roomConflicts" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        let rooms = solution.problem.rooms
        var taken = Set<[Int]>()
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            for session in plan.sessions {
                guard let room = session.room else { continue }
                func what() -> Message {
                    "\(solution.describe(session, of: trainingClass)) for \(solution.name(of: plan))"
                }
                if let reason = rooms[room].busy[session.slot] {
                    penalize(1, plan.classIndex) { "\(what()) is in room \(rooms[room].name), busy then: \(reason)" }
                }
                if !taken.insert([room, session.slot]).inserted {
                    penalize(1, plan.classIndex) {
                        "\(what()) is in room \(rooms[room].name), taken then by another session"
                    }
                }
            }
        }
    }
}
