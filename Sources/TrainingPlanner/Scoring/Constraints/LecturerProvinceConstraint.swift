public import TrainingModel

/// Hard: a lecturer teaches in one province a day, including where other classes already have them. Each
/// session in a province other than the one the lecturer is already in that day is one unit; online sessions
/// are anywhere.
public struct LecturerProvinceConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "one province a day"
    private static let unitWording: Message = "sessions in a second province on one day"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "lecturerProvinceConflicts" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        let problem = solution.problem
        var provinceOf: [[Int]: String] = [:]
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            guard let province = trainingClass.province else { return }
            for session in plan.sessions.sorted(by: { $0.slot < $1.slot }) {
                let day = problem.day(of: session.slot)
                let there =
                    provinceOf[[session.lecturer, day]] ?? problem.lecturers[session.lecturer].provinceByDay[day]
                    ?? province
                provinceOf[[session.lecturer, day]] = there
                guard there != province else { continue }
                penalize(1, plan.classIndex) {
                    "\(solution.describe(session, of: trainingClass)) for \(solution.name(of: plan)) in province \(province)"
                        + " needs lecturer \(solution.lecturerName(session.lecturer)), who is in province \(there)"
                        + " that day"
                }
            }
        }
    }
}
