/// The planner's answer: where each cohort's sessions go, the classes it could not plan and why.
public struct PlanningResult: Sendable {
    /// Per class, per cohort: the sessions placed. Empty for a class that could not be planned.
    public var sessions: [[[PlannedSession]]]
    /// Class index → sentences that say why it could not be planned.
    public var unplanned: [Int: [String]]
    public var cost: PlanningCost
    /// Tries of the improvement search.
    public var iterations: Int
}
