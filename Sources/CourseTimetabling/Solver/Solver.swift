import TrainingModel

/// Finds a timetable: a most-constrained-first construction, then simulated annealing over moves and
/// swaps of lectures and Kempe chain exchanges of two periods, with incremental evaluation, keeping the best
/// timetable found (fewest hard violations, then least soft cost).
///
/// Deterministic for a given seed and iteration limit; reads no clock except through ``TimeLimit``.
public struct Solver: Sendable {
    public var options: SolverOptions

    public init(options: SolverOptions = SolverOptions()) {
        self.options = options
    }

    public func solve(_ problem: Problem) -> SolveResult {
        let issues = FeasibilityCheck(problem: problem).issues()
        if issues.contains(where: \.preventsSearch) {
            let timetable = Timetable(empty: problem)
            return SolveResult(
                timetable: timetable, score: Scorer.standard.score(timetable, in: problem), iterations: 0,
                firstFeasibleIteration: nil, firstFeasibleSeconds: nil, movedLectures: 0, feasibilityIssues: issues)
        }
        let state = SearchState(problem: problem)
        let random = RandomGenerator(seed: options.seed)
        Construction(state: state, problem: problem, hardWeight: options.hardWeight).run()
        var search = Annealing(state: state, options: options, random: random)
        search.run()
        let timetable = search.bestTimetable
        return SolveResult(
            timetable: timetable, score: Scorer.standard.score(timetable, in: problem),
            iterations: search.iterations, firstFeasibleIteration: search.firstFeasibleIteration,
            firstFeasibleSeconds: search.firstFeasibleSeconds,
            movedLectures: timetable.movedLectures(in: problem), feasibilityIssues: issues)
    }
}
