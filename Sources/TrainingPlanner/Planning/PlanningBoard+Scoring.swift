extension PlanningBoard {
    /// What is on the board, as a solution to score; `unplanned` classes are left out.
    func solution(unplanned: [Bool], inTimeOrder: Bool = false) -> PlanningSolution {
        PlanningSolution(
            problem: problem,
            sessions: cohortsOfClass.map { cohorts in
                cohorts.map { inTimeOrder ? placements[$0].sorted { $0.slot < $1.slot } : placements[$0] }
            },
            isUnplanned: unplanned)
    }

    /// The search's objective: the board's scorer without justifications.
    func cost(unplanned: [Bool]) -> PlanningCost {
        scorer.cost(of: solution(unplanned: unplanned), justified: false)
    }
}
