/// Hard: every lecture is placed, and no two lectures of a course share a period.
public struct LecturesConstraint: Constraint {
    public init() {}
    public var name: String { "lectures" }
    public var isHard: Bool { true }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        var result: [Penalty] = []
        let problem = context.problem
        for course in problem.courses.indices {
            let name = context.courseName(course)
            let missing = problem.lectures(of: course).count { context.timetable.placements[$0] == nil }
            if missing > 0 {
                result.append(
                    Penalty(cost: missing, "\(missing) lecture(s) of \(name) are not placed", courses: [name]))
            }
            var counts: [Int: Int] = [:]
            for placement in context.placementsByCourse[course] { counts[placement.period, default: 0] += 1 }
            for (period, count) in counts.sorted(by: { $0.key < $1.key }) where count > 1 {
                result.append(
                    Penalty(
                        cost: count - 1, "\(name) has \(count) lectures in \(context.describe(period))",
                        courses: [name], periods: [period]))
            }
        }
        return result
    }
}
