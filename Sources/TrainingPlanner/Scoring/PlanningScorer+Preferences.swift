extension PlanningScorer {
    /// What the planner minimises for `problem`: ``standard``, and the months people asked for when the problem
    /// carries any, at the options' weight. Without preferences the cost has no such component, so plans of
    /// problems without them read as before.
    public static func planning(_ problem: PlanningProblem, options: PlanningOptions) -> PlanningScorer {
        guard !problem.monthPreferences.isEmpty else { return standard }
        return PlanningScorer(
            constraints: standard.constraints + [MonthPreferenceConstraint(weight: options.monthPreferenceWeight)])
    }
}
