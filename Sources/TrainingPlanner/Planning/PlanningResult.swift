/// The planner's answer: where each cohort's sessions go, the classes it could not plan and why.
public struct PlanningResult: Sendable {
    /// Per class, per cohort: the sessions placed. Empty for a class that could not be planned.
    public var sessions: [[[PlannedSession]]]
    /// Class index → sentences that say why it could not be planned.
    public var unplanned: [Int: [String]]
    /// Class index → the names of the hard constraints that kept it out (``PlanningConstraint/name``), as its
    /// explanation tells; empty when the search ran out of time.
    public var blockingConstraints: [Int: [String]]
    /// The plan's cost by ``PlanningScorer/standard``, each penalty justified.
    public var cost: PlanningCost
    /// Tries of the improvement search.
    public var iterations: Int
}
