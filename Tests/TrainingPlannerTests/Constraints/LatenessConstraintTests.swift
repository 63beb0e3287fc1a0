import Testing
import TrainingPlanner

@Suite("Lateness: classes that want to be early meet soon after their first date")
struct LatenessConstraintTests {
    let constraint = LatenessConstraint()

    @Test("each session costs its half-days after the window's start, times the class's earliness")
    func halfDaysTimesEarliness() {
        var problem = Plans.problem()
        problem.classes[0].earliness = 2
        let penalties = constraint.penalties(in: Plans.solution(Plans.good, problem: problem))
        #expect(penalties.map(\.units) == [2, 4])
        #expect(penalties.map(\.cost) == [2, 4])
        #expect(
            penalties.first?.justification
                == "module M2 on 2026-05-04 chiều for cohort N1 of class B-HN-01 is 1 half-days after the class's"
                + " first, at earliness 2")
    }

    @Test("a class with no earliness is never late, and a session on the first half-day costs nothing")
    func noEarliness() {
        var problem = Plans.problem()
        problem.classes[0].earliness = 0
        #expect(constraint.penalties(in: Plans.solution(Plans.good, problem: problem)).isEmpty)
        #expect(constraint.penalties(in: Plans.solution([Plans.session(0, 0)])).isEmpty)
    }

    @Test("a class left out is not late")
    func leftOut() {
        #expect(constraint.units(in: Plans.solution(Plans.good, unplanned: [0])) == 0)
    }
}
