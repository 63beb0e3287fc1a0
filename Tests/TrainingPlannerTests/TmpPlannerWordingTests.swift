import Foundation
import Testing
import TrainingModel
import TrainingPlanner

@Suite struct TmpPlannerWordingTests {
    @Test func wording() {
        var seen = Set<String>()
        var lines: [String] = []
        func note(_ message: Message) {
            if seen.insert(message.pattern).inserted { lines.append(message.text(in: .vietnamese)) }
        }
        for seed in 0..<300 {
            let problem = Plans.random(seed: UInt64(seed))
            let result = Planner.plan(problem, options: PlanningOptions(seed: UInt64(seed), timeLimit: .milliseconds(200)))
            for reasons in result.explanations.values { reasons.forEach(note) }
            let scorer = PlanningScorer.complete
            // Scramble the plan so that hard rules break.
            var sessions = result.sessions
            for c in sessions.indices {
                for k in sessions[c].indices {
                    for s in sessions[c][k].indices {
                        sessions[c][k][s].slot = (sessions[c][k][s].slot * 7 + seed) % problem.slots.count
                        sessions[c][k][s].lecturer = (sessions[c][k][s].lecturer + seed) % problem.lecturers.count
                        if !problem.rooms.isEmpty, seed % 3 == 0 { sessions[c][k][s].room = seed % problem.rooms.count }
                        if seed % 5 == 0 { sessions[c][k][s].room = nil }
                    }
                }
            }
            let cost = scorer.cost(of: PlanningSolution(problem: problem, sessions: sessions, unplanned: seed % 4 == 0 ? [0] : []))
            for component in cost.components {
                note(component.name)
                note(component.unitLabel)
                component.penalties.map(\.wording).forEach(note)
            }
        }
        print(lines.joined(separator: "\n"))
    }
}
