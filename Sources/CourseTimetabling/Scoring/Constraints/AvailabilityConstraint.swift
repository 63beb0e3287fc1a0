/// Hard: no lecture in a period its course or one of its lecturers is unavailable.
public struct AvailabilityConstraint: Constraint {
    public init() {}
    public var name: String { "availability" }
    public var isHard: Bool { true }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for course in problem.courses.indices {
            for placement in context.placementsByCourse[course] where !context.availability[course][placement.period] {
                let period = placement.period
                let lecturers = problem.courses[course].lecturers.filter {
                    problem.lecturers[$0].unavailablePeriods.contains(period)
                }.map { problem.lecturers[$0].name }
                let who = lecturers.isEmpty ? "the course" : "lecturer \(lecturers.joined(separator: ", "))"
                result.append(
                    Penalty(
                        cost: 1,
                        "\(context.courseName(course)) is in \(context.describe(period)), when \(who) is unavailable",
                        courses: [context.courseName(course)], resources: lecturers, periods: [period]))
            }
        }
        return result
    }
}
