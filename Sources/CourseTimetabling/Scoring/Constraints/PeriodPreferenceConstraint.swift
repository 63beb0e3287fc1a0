/// Soft: a lecture costs its course's ``Course/periodCosts`` for its period, times ``Weights/preference``.
public struct PeriodPreferenceConstraint: Constraint {
    public init() {}
    public var name: String { "period preferences" }
    public var isHard: Bool { false }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for (course, definition) in problem.courses.enumerated() where !definition.periodCosts.isEmpty {
            for placement in context.placementsByCourse[course] {
                let cost = definition.periodCosts[placement.period] * problem.weights.preference
                guard cost != 0 else { continue }
                result.append(
                    Penalty(
                        cost: cost, "\(definition.name) prefers not to be in \(context.describe(placement.period))",
                        courses: [definition.name], periods: [placement.period]))
            }
        }
        return result
    }
}
