public import TrainingModel

/// Soft: a module meets in the months its delegates asked for (``PlanningProblem/monthPreferences``). Each session
/// of a module costs the people of the class's province who asked for the module in a month before the session's.
/// An online class has no province, so no preference reaches it.
public struct MonthPreferenceConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "months asked for"
    private static let unitWording: Message = "requests for a module in an earlier month than its session's"

    public let weight: Int

    public init(weight: Int = 1) {
        self.weight = weight
    }

    public var name: Message { Self.nameWording }
    public var isHard: Bool { false }
    public var unitKey: String { "earlierMonthRequests" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        let problem = solution.problem
        let preferences = problem.monthPreferences
        guard !preferences.isEmpty else { return }
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            guard let province = trainingClass.province else { return }
            for session in plan.sessions {
                let module = solution.moduleCode(session.module, of: trainingClass)
                let month = MonthPreferences.Month(problem.slots[session.slot].date)
                let units = preferences.requests(module: module, province: province, before: month)
                guard units != 0 else { continue }
                penalize(units, plan.classIndex) {
                    let earlier = preferences.requests(module: module, province: province).filter { $0.month < month }
                    let months = Message.joined(
                        earlier.map { request -> Message in
                            "\(request.month.description) (\(number: request.count) requests)"
                        }, separator: ", ")
                    return "\(solution.describe(session, of: trainingClass)) for \(solution.name(of: plan)) is in"
                        + " \(month.description), and \(number: units) requests of province \(province) asked for"
                        + " module \(module) earlier: \(months)"
                }
            }
        }
    }
}
