/// Soft (curriculum compactness): a lecture of a curriculum with no lecture of the same curriculum in
/// the slot before or after on the same day costs ``Weights/isolatedLecture``, per curriculum.
public struct IsolatedLecturesConstraint: Constraint {
    public init() {}
    public var name: String { "isolated lectures" }
    public var isHard: Bool { false }

    public func penalties(in context: ScoringContext) -> [Penalty] {
        let problem = context.problem
        var result: [Penalty] = []
        for curriculum in problem.curricula {
            var counts = Array(repeating: 0, count: problem.periodCount)
            var names = Array(repeating: [String](), count: problem.periodCount)
            for course in Set(curriculum.courses) {
                for placement in context.placementsByCourse[course] {
                    counts[placement.period] += 1
                    names[placement.period].append(context.courseName(course))
                }
            }
            for period in counts.indices where counts[period] > 0 {
                let slot = problem.slot(of: period)
                let before = slot > 0 ? counts[period - 1] : 0
                let after = slot < problem.periodsPerDay - 1 ? counts[period + 1] : 0
                guard before == 0 && after == 0 else { continue }
                result.append(
                    Penalty(
                        cost: counts[period] * problem.weights.isolatedLecture,
                        "\(names[period].sorted().joined(separator: ", ")) of curriculum \(curriculum.name) "
                            + "in \(context.describe(period)) has no neighbouring lecture of the curriculum",
                        courses: names[period].sorted(), resources: [curriculum.name], periods: [period]))
            }
        }
        return result
    }
}
