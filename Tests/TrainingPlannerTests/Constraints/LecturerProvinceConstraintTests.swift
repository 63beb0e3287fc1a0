import Testing
import TrainingPlanner

@Suite("One province a day: a lecturer teaches in one province a day")
struct LecturerProvinceConstraintTests {
    let constraint = LecturerProvinceConstraint()

    @Test("a session on a day the lecturer is already in another province is one unit")
    func alreadyElsewhere() {
        let penalties = constraint.penalties(
            in: Plans.solution([Plans.session(0, 0), Plans.session(1, 8, lecturer: 1)]))
        #expect(
            penalties.map(\.justification) == [
                "module M2 on 2026-05-08 sáng for cohort N1 of class B-HN-01 in province 01 needs lecturer Lê Văn Nam"
                    + " (GV02), who is in province 31 that day"
            ])
    }

    @Test("two classes in two provinces on one day with one lecturer is one unit; online sessions are anywhere")
    func twoProvinces() {
        var problem = Plans.problem()
        problem.classes.append(problem.classes[0])
        problem.classes[1].code = "B-HP-01"
        problem.classes[1].province = "31"
        problem.classes[1].rooms = [2]
        let solution = PlanningSolution(problem: problem, sessions: [[Plans.good], [[Plans.session(0, 1, room: 2)]]])
        #expect(constraint.units(in: solution) == 1)
        let online = Plans.problem(province: nil, venue: nil)
        #expect(
            constraint.units(in: Plans.solution([Plans.session(1, 8, room: nil, lecturer: 1)], problem: online)) == 0)
    }
}
