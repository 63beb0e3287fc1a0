public import TrainingModel

/// Hard: within a cohort, a module's sessions come after every session of its prerequisites. Each pair of a
/// placed session and a session of a prerequisite (or of a module that needs it) in the wrong order is one unit;
/// two fixed sessions are staff's decision and never count.
public struct ModuleOrderConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "module order"
    private static let unitWording: Message = "sessions not after a prerequisite's"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "modulesOutOfOrder" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            let cohort = solution.cohort(of: plan)
            let modules = trainingClass.modules
            let prerequisites = modules.map { module in
                solution.problem.modules[module].prerequisites.compactMap { modules.firstIndex(of: $0) }
            }
            func why(later: (module: Int, slot: Int), earlier: (module: Int, slot: Int)) -> Message {
                let code = { solution.moduleCode($0, of: trainingClass) }
                return
                    "module \(code(later.module)) on \(solution.problem.wording(slot: later.slot)) for \(solution.name(of: plan))"
                    + " is not after module \(code(earlier.module)) on"
                    + " \(solution.problem.wording(slot: earlier.slot)), which comes first"
            }
            let placed = plan.sessions.map { (module: $0.module, slot: $0.slot) }
            let fixed = cohort.fixed.map { (module: $0.module, slot: $0.slot) }
            for later in placed {
                for earlier in placed + fixed
                where prerequisites[later.module].contains(earlier.module) && earlier.slot >= later.slot {
                    penalize(1, plan.classIndex) { why(later: later, earlier: earlier) }
                }
            }
            for later in fixed {
                for earlier in placed
                where prerequisites[later.module].contains(earlier.module) && earlier.slot >= later.slot {
                    penalize(1, plan.classIndex) { why(later: later, earlier: earlier) }
                }
            }
        }
    }
}
