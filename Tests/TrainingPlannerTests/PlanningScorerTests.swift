import Foundation
import Testing
import TrainingPlanner

@Suite("Scoring plans constraint by constraint")
struct PlanningScorerTests {
    static let seeds: [UInt64] = Array(1...12)

    @Test("the planner's plans and re-plans break none of the rules it keeps by construction", arguments: seeds)
    func keptByConstruction(seed: UInt64) {
        var problem = Plans.random(seed: seed)
        let first = Planner.plan(problem, options: PlanningOptions(seed: seed, timeLimit: .seconds(60), patience: 50))
        let unplanned = Set(first.unplanned.keys)
        let scored = PlanningScorer.complete.cost(
            of: PlanningSolution(problem: problem, sessions: first.sessions, unplanned: unplanned))
        #expect(
            scored.hardPenalties.allSatisfy { $0.constraint == UnplacedSessionsConstraint().name },
            "\(scored.hardPenalties)")
        for classIndex in problem.classes.indices where !unplanned.contains(classIndex) {
            for cohort in problem.classes[classIndex].cohorts.indices {
                problem.classes[classIndex].cohorts[cohort].previous = first.sessions[classIndex][cohort]
            }
        }
        for lecturer in problem.lecturers.indices { problem.lecturers[lecturer].busy[Int(seed) % 20] = "on leave" }
        let again = Planner.plan(problem, options: PlanningOptions(seed: seed, replan: true))
        let rescored = PlanningScorer.complete.cost(
            of: PlanningSolution(problem: problem, sessions: again.sessions, unplanned: Set(again.unplanned.keys)))
        #expect(rescored.hardPenalties.allSatisfy { $0.constraint == UnplacedSessionsConstraint().name })
    }

    @Test(
        "the planner's cost is the standard scorer's on its plan, and the search's unjustified count agrees",
        arguments: seeds)
    func standardCost(seed: UInt64) {
        let problem = Plans.random(seed: seed)
        let result = Planner.plan(problem, options: PlanningOptions(seed: seed, timeLimit: .seconds(60), patience: 50))
        let solution = PlanningSolution(
            problem: problem, sessions: result.sessions, unplanned: Set(result.unplanned.keys))
        #expect(PlanningScorer.standard.cost(of: solution) == result.cost)
        let quick = PlanningScorer.standard.cost(of: solution, justified: false)
        #expect(quick.components.map(\.units) == result.cost.components.map(\.units))
        #expect(!(quick < result.cost) && !(result.cost < quick))
    }

    @Test("the soft total is the sum of each constraint's units times its weight")
    func weightedSum() {
        var problem = Plans.problem(previous: Plans.good)
        problem.classes[0].earliness = 2
        let sessions = [Plans.session(0, 0), Plans.session(1, 4, lecturer: 1), Plans.session(1, 5, room: 1)]
        let cost = PlanningScorer.standard.cost(of: Plans.solution(sessions, problem: problem))
        // Lateness 2 × (4 + 5), one day of travel, one extra lecturer on M2, one extra room, two sessions moved.
        #expect(cost.byKind.map(\.count) == [18, 1, 1, 1, 2])
        #expect(cost.byKind.map(\.cost) == [18, 3, 5, 1, 20])
        #expect(cost.total == 47)
        #expect(cost.hardUnits == 0)
        #expect(cost.components.flatMap(\.penalties).reduce(0) { $0 + $1.cost } == 47)
    }

    @Test("plans compare by the sessions left out first, then by the soft total")
    func ordering() {
        let placed = PlanningScorer.standard.cost(
            of: Plans.solution([Plans.session(0, 0), Plans.session(1, 8), Plans.session(1, 9)]))
        let leftOut = PlanningScorer.standard.cost(of: Plans.solution([], unplanned: [0]))
        #expect(placed.total > leftOut.total)
        #expect(placed < leftOut)
    }

    @Test("the summary keeps its kinds, in order, and machine output keeps its keys")
    func summaryAndKeys() throws {
        let cost = PlanningScorer.standard.cost(of: Plans.solution(Plans.good))
        #expect(
            cost.byKind.map(\.kind) == [
                "half-days later than the class's start (first-time classes)", "lecturer days away from home",
                "extra lecturers on one module", "extra rooms for one cohort", "sessions moved",
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(cost), as: UTF8.self)
        #expect(
            json
                == #"{"lateness":3,"lecturerChanges":0,"movedSessions":0,"roomChanges":0,"travelDays":0,"unplacedSessions":0}"#
        )
    }

    @Test("every constraint has its own name and machine key, and hard ones weigh 1")
    func names() {
        let constraints = PlanningScorer.complete.constraints
        #expect(Set(constraints.map(\.name)).count == constraints.count)
        #expect(Set(constraints.map(\.unitKey)).count == constraints.count)
        #expect(constraints.filter(\.isHard).allSatisfy { $0.weight == 1 })
        #expect(PlanningScorer.standard.constraints.map(\.weight) == [1, 1, 3, 5, 1, 10])
    }
}
