public import TrainingModel

/// Hard: a lecturer gives one session at a time, and none on a half-day they are busy (leave, another class's
/// session). Each session on a busy half-day, and each beyond the first a lecturer gives in one half-day, is one
/// unit.
public struct LecturerAvailabilityConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "lecturer availability"
    private static let unitWording: Message = "sessions when the lecturer is busy or elsewhere"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "lecturerConflicts" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        let problem = solution.problem
        var taken = Set<[Int]>()
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            for session in plan.sessions {
                func who() -> Message { "lecturer \(solution.lecturerName(session.lecturer))" }
                func what() -> Message {
                    "\(solution.describe(session, of: trainingClass)) for \(solution.name(of: plan))"
                }
                if let reason = problem.lecturers[session.lecturer].busy[session.slot] {
                    penalize(1, plan.classIndex) { "\(what()) needs \(who()), who is busy then: \(reason)" }
                }
                if !taken.insert([session.lecturer, session.slot]).inserted {
                    penalize(1, plan.classIndex) { "\(what()) needs \(who()), who gives another session then" }
                }
            }
        }
    }
}
