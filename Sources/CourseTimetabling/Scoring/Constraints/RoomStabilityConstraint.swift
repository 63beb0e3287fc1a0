/// Soft: each room a course uses beyond the first costs ``Weights/roomStability``.
public struct RoomStabilityConstraint: Constraint {
    public init() {}
    public var name: String { "room stability" }
    public var isHard: Bool { false }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for course in problem.courses.indices {
            let rooms = Set(context.placementsByCourse[course].map(\.room)).sorted()
            guard rooms.count > 1 else { continue }
            let names = rooms.map { problem.rooms[$0].name }
            result.append(
                Penalty(
                    cost: (rooms.count - 1) * problem.weights.roomStability,
                    "\(context.courseName(course)) uses \(rooms.count) rooms: \(names.joined(separator: ", "))",
                    courses: [context.courseName(course)], resources: names))
        }
        return result
    }
}
