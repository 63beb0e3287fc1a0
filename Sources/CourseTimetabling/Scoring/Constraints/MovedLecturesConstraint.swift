/// Soft, when re-planning: each lecture no longer at one of its course's previous periods costs
/// ``Weights/movedLecture``, so a new plan changes as little as it can.
public struct MovedLecturesConstraint: Constraint {
    public init() {}
    public var name: String { "moved lectures" }
    public var isHard: Bool { false }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for (course, definition) in problem.courses.enumerated() where !definition.previousPeriods.isEmpty {
            let moved = context.timetable.movedLectures(ofCourse: course, in: problem)
            guard moved > 0 else { continue }
            result.append(
                Penalty(
                    cost: moved * problem.weights.movedLecture,
                    "\(moved) lecture(s) of \(definition.name) moved away from their previous periods",
                    courses: [definition.name], periods: definition.previousPeriods))
        }
        return result
    }
}
