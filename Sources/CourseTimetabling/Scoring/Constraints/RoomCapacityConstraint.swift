/// Soft: each student beyond a room's capacity costs ``Weights/roomCapacity``, per lecture.
public struct RoomCapacityConstraint: Constraint {
    public init() {}
    public var name: String { "room capacity" }
    public var isHard: Bool { false }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for course in problem.courses.indices {
            let students = problem.courses[course].students
            for placement in context.placementsByCourse[course] {
                let room = problem.rooms[placement.room]
                guard students > room.capacity else { continue }
                result.append(
                    Penalty(
                        cost: (students - room.capacity) * problem.weights.roomCapacity,
                        "\(context.courseName(course)) has \(students) students in room \(room.name) of "
                            + "\(room.capacity) seats in \(context.describe(placement.period))",
                        courses: [context.courseName(course)], resources: [room.name],
                        periods: [placement.period]))
            }
        }
        return result
    }
}
