public import TrainingModel

/// Hard: a session's lecturer teaches its module. Each session given to another lecturer is one unit.
public struct LecturerQualificationConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "lecturer qualification"
    private static let unitWording: Message = "sessions whose lecturer does not teach the module"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "unqualifiedLecturers" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            for session in plan.sessions {
                let module = solution.problem.modules[trainingClass.modules[session.module]]
                guard !module.lecturers.contains(session.lecturer) else { continue }
                penalize(1, plan.classIndex) {
                    "\(solution.describe(session, of: trainingClass)) for \(solution.name(of: plan)) is given to lecturer"
                        + " \(solution.lecturerName(session.lecturer)), who does not teach module \(module.code)"
                }
            }
        }
    }
}
