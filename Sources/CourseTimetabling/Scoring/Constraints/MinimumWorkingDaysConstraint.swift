/// Soft: each day a course's lectures spread over fewer than its minimum working days costs
/// ``Weights/minimumWorkingDays``.
public struct MinimumWorkingDaysConstraint: Constraint {
    public init() {}
    public var name: String { "minimum working days" }
    public var isHard: Bool { false }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for (course, definition) in problem.courses.enumerated() {
            let days = Set(context.placementsByCourse[course].map { problem.day(of: $0.period) })
            guard days.count < definition.minimumWorkingDays else { continue }
            let missing = definition.minimumWorkingDays - days.count
            result.append(
                Penalty(
                    cost: missing * problem.weights.minimumWorkingDays,
                    "\(definition.name) is taught on \(days.count) day(s) instead of at least "
                        + "\(definition.minimumWorkingDays)",
                    courses: [definition.name]))
        }
        return result
    }
}
