public import TrainingModel

/// Soft: lecturers teach in their home province. Each day a lecturer teaches a class in another province costs
/// one unit, however many sessions they give there that day (a lecturer is in one province a day). Online
/// classes and lecturers with no home province never count.
public struct LecturerTravelConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "lecturer travel"
    private static let unitWording: Message = "lecturer days away from home"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { false }
    public var weight: Int { 3 }
    public var unitKey: String { "travelDays" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        let problem = solution.problem
        let dayCount = (problem.slots.count + 1) / 2
        var away = Set<Int>()
        solution.forEachPlannedCohort { plan in
            guard let province = solution.problem.classes[plan.classIndex].province else { return }
            for session in plan.sessions {
                guard let home = problem.lecturers[session.lecturer].homeProvince, home != province,
                    away.insert(session.lecturer * dayCount + problem.day(of: session.slot)).inserted
                else { continue }
                penalize(1, nil) {
                    "lecturer \(solution.lecturerName(session.lecturer)), of province \(home), teaches \(solution.name(of: plan)) in"
                        + " province \(province) on \(day: problem.slots[session.slot].date)"
                }
            }
        }
    }
}
