import Testing
import TrainingPlanner

@Suite("Room availability: a room holds one session at a time and none when busy")
struct RoomAvailabilityConstraintTests {
    let constraint = RoomAvailabilityConstraint()

    @Test("a session in a room on a busy half-day is one unit, with the reason")
    func busy() {
        let penalties = constraint.penalties(in: Plans.solution([Plans.session(0, 0), Plans.session(1, 8)]))
        #expect(
            penalties.map(\.justification) == [
                "module M2 on 2026-05-08 sáng for cohort N1 of class B-HN-01 is in room HN/P1, busy then: closed"
            ])
    }

    @Test("two sessions in one room at once, across classes, are one unit")
    func twoAtOnce() {
        var problem = Plans.problem()
        problem.classes.append(problem.classes[0])
        problem.classes[1].code = "B-HN-02"
        let solution = PlanningSolution(
            problem: problem, sessions: [[Plans.good], [[Plans.session(1, 2, lecturer: 1)]]])
        #expect(constraint.units(in: solution) == 1)
        #expect(constraint.units(in: Plans.solution(Plans.good)) == 0)
    }
}
