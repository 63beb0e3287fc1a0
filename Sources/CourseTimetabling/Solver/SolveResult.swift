/// What the solver found: the best timetable, its score, and how the search went.
public struct SolveResult: Sendable {
    public var timetable: Timetable
    public var score: Score
    /// Moves tried.
    public var iterations: Int
    /// The iteration at which a timetable without hard violations was first reached, if ever.
    public var firstFeasibleIteration: Int?
    /// The same moment in seconds, when a time limit gave the solver a clock.
    public var firstFeasibleSeconds: Double?
    /// Lectures no longer at one of their previous periods (re-planning).
    public var movedLectures: Int
    /// What the pre-check found before searching.
    public var feasibilityIssues: [FeasibilityIssue]

    /// Why the timetable is not usable, naming events, resources and periods: the pre-check's findings
    /// and every hard violation left. Empty when the timetable is feasible.
    public var explanation: [String] {
        guard !score.isFeasible || !feasibilityIssues.isEmpty else { return [] }
        return feasibilityIssues.map(\.description) + score.hardPenalties.map(\.justification)
    }
}
