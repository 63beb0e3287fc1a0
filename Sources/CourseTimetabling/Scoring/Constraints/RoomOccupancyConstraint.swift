/// Hard: a room holds at most one lecture per period.
public struct RoomOccupancyConstraint: Constraint {
    public init() {}
    public var name: String { "room occupancy" }
    public var isHard: Bool { true }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for period in 0..<problem.periodCount {
            var byRoom: [Int: [Int]] = [:]
            for lecture in context.lecturesByPeriod[period] {
                byRoom[context.timetable.placements[lecture]!.room, default: []].append(lecture)
            }
            for (room, lectures) in byRoom.sorted(by: { $0.key < $1.key }) where lectures.count > 1 {
                let names = lectures.map { context.courseName(problem.lectureCourses[$0]) }
                result.append(
                    Penalty(
                        cost: lectures.count - 1,
                        "room \(problem.rooms[room].name) holds \(names.joined(separator: ", ")) in "
                            + context.describe(period),
                        courses: names, resources: [problem.rooms[room].name], periods: [period]))
            }
        }
        return result
    }
}
