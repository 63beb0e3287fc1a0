public import TrainingModel

/// Hard: a cohort is in one session at a time, and in none on a half-day it is busy (weekend, public holiday, a
/// sitting of its body). Each session on a busy half-day, and each session beyond the first in one half-day
/// (fixed sessions included), is one unit.
public struct CohortAvailabilityConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "cohort availability"
    private static let unitWording: Message = "sessions when the cohort is busy or elsewhere"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { true }
    public var weight: Int { 1 }
    public var unitKey: String { "cohortConflicts" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            let trainingClass = solution.trainingClass(of: plan)
            let cohort = solution.cohort(of: plan)
            var taken = Set(cohort.fixed.map(\.slot))
            for session in plan.sessions.sorted(by: { $0.slot < $1.slot }) {
                func what() -> Message { solution.describe(session, of: trainingClass) }
                if let reason = cohort.busy[session.slot] {
                    penalize(1, plan.classIndex) {
                        "\(what()) for \(solution.name(of: plan)), which is busy then: \(reason)"
                    }
                }
                if !taken.insert(session.slot).inserted {
                    penalize(1, plan.classIndex) {
                        "\(what()) for \(solution.name(of: plan)), which has another session then"
                    }
                }
            }
        }
    }
}
