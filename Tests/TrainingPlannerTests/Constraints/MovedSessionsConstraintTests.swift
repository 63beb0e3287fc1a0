import Testing
import TrainingPlanner

@Suite("Moved sessions: re-planning keeps sessions where they were")
struct MovedSessionsConstraintTests {
    let constraint = MovedSessionsConstraint()

    @Test("each previous session not in the new plan costs one unit, paired with where its module went")
    func moved() {
        let now = [Plans.session(0, 0), Plans.session(1, 1), Plans.session(1, 3)]
        let penalties = constraint.penalties(in: Plans.solution(now, problem: Plans.problem(previous: Plans.good)))
        #expect(penalties.map(\.cost) == [10])
        #expect(
            penalties.first?.justification
                == "module M2 on 2026-05-05 sáng for cohort N1 of class B-HN-01 moves to 2026-05-05 chiều")
        #expect(
            MovedSessionsConstraint.moved(from: Plans.good, to: now).map(\.after) == [Plans.session(1, 3)])
    }

    @Test("another lecturer or room in the same half-day is a move too")
    func sameHalfDayOtherLecturer() {
        let now = [Plans.session(0, 0), Plans.session(1, 1, lecturer: 1), Plans.session(1, 2, room: 1)]
        #expect(constraint.units(in: Plans.solution(now, problem: Plans.problem(previous: Plans.good))) == 2)
    }

    @Test("a first plan, with nothing before it, moves nothing")
    func firstPlan() {
        #expect(constraint.penalties(in: Plans.solution(Plans.good)).isEmpty)
    }
}
