/// How long and how the planner searches.
public struct PlanningOptions: Sendable {
    /// The seed of the search's randomness: the same seed, problem and limits give the same plan.
    public var seed: UInt64
    /// The search stops at this time even when it still finds better plans.
    public var timeLimit: Duration
    /// Keep every session that can stay where it was and move only the others, instead of planning afresh.
    public var replan: Bool
    /// The search stops after this many tries in a row that found nothing better.
    public var patience: Int
    /// What one request for an earlier month costs (``MonthPreferenceConstraint``), in half-days of lateness.
    public var monthPreferenceWeight: Int

    public init(
        seed: UInt64 = 1, timeLimit: Duration = .seconds(30), replan: Bool = false, patience: Int = 400,
        monthPreferenceWeight: Int = 1
    ) {
        self.seed = seed
        self.timeLimit = timeLimit
        self.replan = replan
        self.patience = patience
        self.monthPreferenceWeight = monthPreferenceWeight
    }
}
