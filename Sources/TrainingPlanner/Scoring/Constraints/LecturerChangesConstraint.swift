public import TrainingModel

/// Soft: one lecturer gives a module to a cohort. Each lecturer beyond the first who teaches the same module to
/// the same cohort costs one unit.
public struct LecturerChangesConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "lecturer continuity"
    private static let unitWording: Message = "extra lecturers on one module"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { false }
    public var weight: Int { 5 }
    public var unitKey: String { "lecturerChanges" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            var lecturersByModule: [Int: Set<Int>] = [:]
            for session in plan.sessions { lecturersByModule[session.module, default: []].insert(session.lecturer) }
            for module in solution.problem.classes[plan.classIndex].modules.indices {
                guard let lecturers = lecturersByModule[module], lecturers.count > 1 else { continue }
                penalize(lecturers.count - 1, plan.classIndex) {
                    let names = lecturers.sorted().map(solution.lecturerName).joined(separator: ", ")
                    return
                        "module \(solution.moduleCode(module, of: solution.trainingClass(of: plan))) of \(solution.name(of: plan)) has"
                        + " \(number: lecturers.count) lecturers: \(names)"
                }
            }
        }
    }
}
