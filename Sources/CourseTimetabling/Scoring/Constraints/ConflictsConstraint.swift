/// Hard: two courses that share a curriculum (cohort) or a lecturer are never in the same period; one
/// violation per pair of courses per period, as the ITC-2007 validator counts.
public struct ConflictsConstraint: Constraint {
    public init() {}
    public var name: String { "conflicts" }
    public var isHard: Bool { true }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for period in 0..<problem.periodCount {
            var courses: [Int] = []
            for lecture in context.lecturesByPeriod[period] {
                let course = problem.lectureCourses[lecture]
                if !courses.contains(course) { courses.append(course) }
            }
            courses.sort()
            for (position, first) in courses.enumerated() {
                for second in courses[(position + 1)...] {
                    let curricula = context.curriculaByCourse[first].filter {
                        context.curriculaByCourse[second].contains($0)
                    }
                    let lecturers = problem.courses[first].lecturers.filter {
                        problem.courses[second].lecturers.contains($0)
                    }
                    guard !curricula.isEmpty || !lecturers.isEmpty else { continue }
                    let shared =
                        curricula.map { "curriculum \(problem.curricula[$0].name)" }
                        + lecturers.map { "lecturer \(problem.lecturers[$0].name)" }
                    let names = [context.courseName(first), context.courseName(second)]
                    result.append(
                        Penalty(
                            cost: 1,
                            "\(names[0]) and \(names[1]) share \(shared.joined(separator: ", ")) and are both in "
                                + context.describe(period),
                            courses: names,
                            resources: curricula.map { problem.curricula[$0].name }
                                + lecturers.map { problem.lecturers[$0].name },
                            periods: [period]))
                }
            }
        }
        return result
    }
}
