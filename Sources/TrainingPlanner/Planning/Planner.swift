import TrainingModel

/// Plans classes' sessions: a greedy pass that gives every session the earliest half-day that works, classes with
/// the earliest deadline first, then a large-neighbourhood search that takes a few classes off the board and puts
/// them back in another order, keeping the result when it is no worse. Re-planning skips the search: it keeps every
/// session that can stay and moves only the rest.
///
/// Deterministic for a seed unless the time limit cuts the search short.
public enum Planner {
    public static func plan<C: Clock>(
        _ problem: PlanningProblem, options: PlanningOptions = PlanningOptions(), clock: C = ContinuousClock()
    ) -> PlanningResult where C.Duration == Duration {
        let board = PlanningBoard(problem: problem, scorer: .planning(problem, options: options))
        var unplanned = Array(repeating: false, count: problem.classes.count)
        let order = priorityOrder(problem)
        if options.replan {
            for classIndex in order { board.keepPrevious(ofClass: classIndex) }
        }
        for classIndex in order {
            unplanned[classIndex] = board.insert(classIndex: classIndex, preferPrevious: false) != nil
            if unplanned[classIndex], options.replan {
                // What stayed leaves no room for what must move: the class again, each session preferring its old place.
                unplanned[classIndex] = board.insert(classIndex: classIndex, preferPrevious: true) != nil
            }
        }
        var iterations = 0
        if !options.replan {
            iterations = improve(board, unplanned: &unplanned, options: options, clock: clock)
        }
        let cost = board.scorer.cost(of: board.solution(unplanned: unplanned, inTimeOrder: true))
        var explanations: [Int: [Message]] = [:]
        var blocking: [Int: [Message]] = [:]
        for classIndex in unplanned.indices where unplanned[classIndex] {
            // On the final board, so the explanation names what is in the way of this plan.
            if let failure = board.insert(classIndex: classIndex, preferPrevious: options.replan) {
                let explanation = board.explain(failure)
                explanations[classIndex] = [explanation.sentence]
                blocking[classIndex] = explanation.constraints
            } else {
                _ = board.removeAll(ofClass: classIndex)
                explanations[classIndex] = ["the search ran out of time before it found a place for every session"]
                blocking[classIndex] = []
            }
        }
        let sessions = problem.classes.indices.map { classIndex in
            board.cohortsOfClass[classIndex].map { board.placements[$0].sorted { $0.slot < $1.slot } }
        }
        return PlanningResult(
            sessions: sessions, explanations: explanations, blockingConstraints: blocking, cost: cost,
            iterations: iterations, preferredOrders: board.preferredOrders())
    }

    /// Earliest deadline first; among equals, the classes that want to be early, then the bigger ones.
    private static func priorityOrder(_ problem: PlanningProblem) -> [Int] {
        problem.classes.indices.sorted { left, right in
            let a = problem.classes[left]
            let b = problem.classes[right]
            let sessionsA = a.cohorts.reduce(0) { $0 + $1.sessionsToPlace.reduce(0, +) }
            let sessionsB = b.cohorts.reduce(0) { $0 + $1.sessionsToPlace.reduce(0, +) }
            return (a.window?.upperBound ?? .max, -a.earliness, -sessionsA, left)
                < (b.window?.upperBound ?? .max, -b.earliness, -sessionsB, right)
        }
    }

    /// Ruin and recreate: a few planned classes (and one unplanned, which may fit now) come off the board and go
    /// back in a random order; a worse result is undone. Stops after `patience` tries without improvement.
    private static func improve<C: Clock>(
        _ board: PlanningBoard, unplanned: inout [Bool], options: PlanningOptions, clock: C
    ) -> Int where C.Duration == Duration {
        let classCount = unplanned.count
        guard classCount > 1 else { return 0 }
        var random = RandomGenerator(seed: options.seed)
        let deadline = clock.now.advanced(by: options.timeLimit)
        var current = board.cost(unplanned: unplanned)
        var stale = 0
        var iterations = 0
        while stale < options.patience {
            if iterations % 16 == 0, clock.now >= deadline { break }
            iterations += 1
            let planned = unplanned.indices.filter { !unplanned[$0] }
            let waiting = unplanned.indices.filter { unplanned[$0] }
            var chosen = Set<Int>()
            while chosen.count < min(3, planned.count) { chosen.insert(planned[random.next(below: planned.count)]) }
            if !waiting.isEmpty { chosen.insert(waiting[random.next(below: waiting.count)]) }
            var order = Array(chosen).sorted()
            order.shuffle(using: &random)
            let saved = order.map { ($0, unplanned[$0] ? nil : board.removeAll(ofClass: $0)) }
            for classIndex in order {
                unplanned[classIndex] = board.insert(classIndex: classIndex, preferPrevious: false) != nil
            }
            let candidate = board.cost(unplanned: unplanned)
            stale = candidate < current ? 0 : stale + 1
            guard current < candidate else {
                current = candidate
                continue
            }
            for classIndex in order { _ = board.removeAll(ofClass: classIndex) }
            for (classIndex, sessions) in saved {
                unplanned[classIndex] = sessions == nil
                for (cohort, cohortSessions) in zip(board.cohortsOfClass[classIndex], sessions ?? []) {
                    for session in cohortSessions { board.place(session, cohort: cohort) }
                }
            }
        }
        return iterations
    }
}
