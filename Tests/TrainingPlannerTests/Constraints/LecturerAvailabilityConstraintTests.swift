import Testing
import TrainingPlanner

@Suite("Lecturer availability: a lecturer gives one session at a time and none when busy")
struct LecturerAvailabilityConstraintTests {
    let constraint = LecturerAvailabilityConstraint()

    @Test("a session on a lecturer's busy half-day is one unit, with the reason")
    func busy() {
        let penalties = constraint.penalties(
            in: Plans.solution([Plans.session(0, 0), Plans.session(1, 1), Plans.session(1, 2, lecturer: 1)]))
        #expect(
            penalties.map(\.justification) == [
                "module M2 on 2026-05-05 sáng for cohort N1 of class B-HN-01 needs lecturer Lê Văn Nam (GV02), who is"
                    + " busy then: on leave"
            ])
    }

    @Test("a lecturer in two sessions at once, across classes, is one unit")
    func twoAtOnce() {
        var problem = Plans.problem()
        problem.classes.append(problem.classes[0])
        problem.classes[1].code = "B-HN-02"
        let solution = PlanningSolution(problem: problem, sessions: [[Plans.good], [[Plans.session(0, 1, room: 1)]]])
        #expect(constraint.units(in: solution) == 1)
        #expect(constraint.units(in: Plans.solution(Plans.good)) == 0)
    }
}
