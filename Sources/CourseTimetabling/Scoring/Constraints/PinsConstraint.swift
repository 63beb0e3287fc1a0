/// Hard: every pinned lecture is where it was pinned.
public struct PinsConstraint: Constraint {
    public init() {}
    public var name: String { "pins" }
    public var isHard: Bool { true }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        var used = context.placementsByCourse.map { Array(repeating: false, count: $0.count) }
        // Pins with a room first, so a pin without one cannot take the lecture a stricter pin needs.
        for pin in problem.pins.sorted(by: { ($0.room == nil ? 1 : 0) < ($1.room == nil ? 1 : 0) }) {
            let placements = context.placementsByCourse[pin.course]
            let match = placements.indices.first {
                !used[pin.course][$0] && placements[$0].period == pin.period
                    && (pin.room == nil || placements[$0].room == pin.room)
            }
            if let match {
                used[pin.course][match] = true
                continue
            }
            let roomText = pin.room.map { " in room \(problem.rooms[$0].name)" } ?? ""
            result.append(
                Penalty(
                    cost: 1,
                    "a lecture of \(context.courseName(pin.course)) is pinned to \(context.describe(pin.period))"
                        + "\(roomText) but is not there",
                    courses: [context.courseName(pin.course)],
                    resources: pin.room.map { [problem.rooms[$0].name] } ?? [], periods: [pin.period]))
        }
        return result
    }
}
