public import TrainingModel

/// Hard: a class at a venue meets in one of the venue's rooms with a seat for every delegate of the cohort; an
/// online class has no room. Each session in another room, a room too small, or without the room it needs is
/// one unit.
public struct VenueRoomConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "venue room"
    private static let unitWording: Message = "sessions without a room of the venue that holds the cohort"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "sessionsWithoutRoom" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        let rooms = solution.problem.rooms
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            let cohort = solution.cohort(of: plan)
            let online = trainingClass.venue == nil
            for session in plan.sessions {
                func what() -> Message {
                    "\(solution.describe(session, of: trainingClass)) for \(solution.name(of: plan))"
                }
                guard let room = session.room else {
                    if !online { penalize(1, plan.classIndex) { "\(what()) has no room" } }
                    continue
                }
                if online {
                    penalize(1, plan.classIndex) { "\(what()) is online and has room \(rooms[room].name)" }
                } else if !trainingClass.rooms.contains(room) {
                    penalize(1, plan.classIndex) {
                        "\(what()) is in room \(rooms[room].name), not one of venue \(trainingClass.venue ?? "")'s"
                    }
                } else if rooms[room].capacity < cohort.size {
                    penalize(1, plan.classIndex) {
                        "\(what()) is in room \(rooms[room].name), \(number: rooms[room].capacity) seats for"
                            + " \(number: cohort.size) delegates"
                    }
                }
            }
        }
    }
}
