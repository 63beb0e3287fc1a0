import Testing
import TrainingPlanner

@Suite("Class window: a class meets between its first and last date")
struct ClassWindowConstraintTests {
    let constraint = ClassWindowConstraint()

    @Test("a session outside the window is one unit")
    func outside() {
        var problem = Plans.problem()
        problem.classes[0].window = 0...1
        let penalties = constraint.penalties(in: Plans.solution(Plans.good, problem: problem))
        #expect(penalties.map(\.units) == [1])
        #expect(
            penalties.first?.justification
                == "module M2 on 2026-05-05 sáng for cohort N1 of class B-HN-01 is outside the class's dates")
    }

    @Test("a class with no half-day in the horizon has every session outside")
    func noWindow() {
        var problem = Plans.problem()
        problem.classes[0].window = nil
        #expect(constraint.units(in: Plans.solution(Plans.good, problem: problem)) == 3)
        #expect(constraint.units(in: Plans.solution(Plans.good)) == 0)
    }
}
