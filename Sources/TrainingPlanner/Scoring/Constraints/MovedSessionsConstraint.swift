public import TrainingModel

/// Soft: when re-planning, sessions stay where they were, since delegates and lecturers already have them in
/// their calendars. Each session of a cohort's previous plan that is not in the new one (same module, half-day,
/// room and lecturer) costs one unit.
public struct MovedSessionsConstraint: PlanningConstraint {
    // Made once: the search scores plans without words, but each score carries the name and the unit.
    private static let nameWording: Message = "moved sessions"
    private static let unitWording: Message = "sessions moved"

    public init() {}
    public var name: Message { Self.nameWording }
    public var isHard: Bool { false }
    public var weight: Int { 10 }
    public var unitKey: String { "movedSessions" }
    public var unitLabel: Message { Self.unitWording }

    public func match(
        _ solution: PlanningSolution, penalize: (_ units: Int, _ classIndex: Int?, _ why: () -> Message) -> Void
    ) {
        solution.forEachPlannedCohort { plan in
            let previous = solution.problem.classes[plan.classIndex].cohorts[plan.cohortIndex].previous
            guard !previous.isEmpty else { return }
            for (before, after) in Self.moved(from: previous, to: plan.sessions) {
                penalize(1, plan.classIndex) {
                    let now: Message =
                        after.map { "to \(solution.problem.wording(slot: $0.slot))" } ?? "out of the plan"
                    return
                        "\(solution.describe(before, of: solution.trainingClass(of: plan))) for \(solution.name(of: plan)) moves \(now)"
                }
            }
        }
    }

    /// The sessions of `previous` that are not in `now` (same module, half-day, room and lecturer), paired with
    /// where that module's sessions went instead, in time order.
    public static func moved(from previous: [PlannedSession], to now: [PlannedSession]) -> [(
        before: PlannedSession, after: PlannedSession?
    )] {
        var unmatchedNow = now
        var gone: [PlannedSession] = []
        for session in previous {
            if let index = unmatchedNow.firstIndex(of: session) {
                unmatchedNow.remove(at: index)
            } else {
                gone.append(session)
            }
        }
        unmatchedNow.sort { $0.slot < $1.slot }
        return gone.sorted { $0.slot < $1.slot }.map { before in
            let index = unmatchedNow.firstIndex { $0.module == before.module }
            return (before, index.map { unmatchedNow.remove(at: $0) })
        }
    }
}
