import Testing
import TrainingPlanner

@Suite("Cohort availability: a cohort is in one session at a time and none when it is busy")
struct CohortAvailabilityConstraintTests {
    let constraint = CohortAvailabilityConstraint()

    @Test("a session on a busy half-day is one unit, with the reason")
    func busy() {
        let penalties = constraint.penalties(in: Plans.solution([Plans.session(0, 0), Plans.session(1, 9)]))
        #expect(
            penalties.map(\.justification) == [
                "module M2 on 2026-05-08 chiều for cohort N1 of class B-HN-01, which is busy then: kỳ họp Quốc hội"
            ])
    }

    @Test("two sessions in one half-day, or one on a fixed session's, are one unit each beyond the first")
    func twoAtOnce() {
        let sessions = [Plans.session(0, 0), Plans.session(1, 1), Plans.session(1, 1, room: 1, lecturer: 1)]
        #expect(constraint.units(in: Plans.solution(sessions)) == 1)
        let fixed = Plans.problem(fixed: [FixedSession(module: 0, slot: 1)])
        #expect(constraint.units(in: Plans.solution(Plans.good, problem: fixed)) == 1)
        #expect(constraint.units(in: Plans.solution(Plans.good)) == 0)
    }
}
