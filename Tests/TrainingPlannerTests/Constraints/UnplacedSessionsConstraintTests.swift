import Testing
import TrainingPlanner

@Suite("Unplaced sessions: every session of the classes to plan is placed")
struct UnplacedSessionsConstraintTests {
    let constraint = UnplacedSessionsConstraint()

    @Test("a planned class leaves nothing out")
    func planned() {
        #expect(constraint.penalties(in: Plans.solution(Plans.good)).isEmpty)
    }

    @Test("a class left out counts every session of its cohorts, whatever is on the board")
    func leftOut() {
        let penalties = constraint.penalties(in: Plans.solution(Plans.good, unplanned: [0]))
        #expect(penalties.map(\.units) == [3])
        #expect(penalties.first?.justification == "cohort N1 of class B-HN-01 has 3 sessions the plan leaves out")
        #expect(constraint.isHard && constraint.weight == 1)
    }

    @Test("a cohort with nothing to place gives no penalty")
    func nothingToPlace() {
        let problem = Plans.problem(sessionsToPlace: [0, 0])
        #expect(constraint.penalties(in: Plans.solution([], problem: problem, unplanned: [0])).isEmpty)
    }
}
