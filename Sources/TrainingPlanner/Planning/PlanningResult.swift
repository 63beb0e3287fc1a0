public import TrainingModel

/// The planner's answer: where each cohort's sessions go, the classes it could not plan and why.
public struct PlanningResult: Sendable {
    /// Per class, per cohort: the sessions placed. Empty for a class that could not be planned.
    public var sessions: [[[PlannedSession]]]
    /// Class index → sentences that say why it could not be planned, worded in the reader's language.
    public var explanations: [Int: [Message]]
    /// Class index → the names of the hard constraints that kept it out (``PlanningConstraint/name``), as its
    /// explanation tells; empty when the search ran out of time.
    public var blockingConstraints: [Int: [Message]]
    /// The plan's cost by ``PlanningScorer/planning(_:options:)``, each penalty justified.
    public var cost: PlanningCost
    /// Tries of the improvement search.
    public var iterations: Int
    /// The classes whose modules went in another order for the months people asked for, and why.
    public var preferredOrders: [PreferredModuleOrder] = []

    /// Class index → ``explanations`` in English: for logs and scripts.
    public var unplanned: [Int: [String]] { explanations.mapValues { $0.map(\.description) } }
}
