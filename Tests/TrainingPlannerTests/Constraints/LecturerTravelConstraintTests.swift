import Testing
import TrainingPlanner

@Suite("Lecturer travel: lecturers teach in their home province")
struct LecturerTravelConstraintTests {
    let constraint = LecturerTravelConstraint()

    @Test("a lecturer away from home costs one unit a day, however many sessions they give")
    func oneUnitADay() {
        let sessions = [Plans.session(0, 0), Plans.session(1, 4, lecturer: 1), Plans.session(1, 5, lecturer: 1)]
        let penalties = constraint.penalties(in: Plans.solution(sessions))
        #expect(penalties.map(\.units) == [1])
        #expect(penalties.map(\.cost) == [3])
        #expect(
            penalties.first?.justification
                == "lecturer Lê Văn Nam (GV02), of province 31, teaches cohort N1 of class B-HN-01 in province 01 on"
                + " 2026-05-06")
    }

    @Test("a lecturer at home, an online class and a lecturer with no home province cost nothing")
    func noTravel() {
        let sessions = [Plans.session(0, 0), Plans.session(1, 4, room: nil, lecturer: 1)]
        #expect(constraint.units(in: Plans.solution(Plans.good)) == 0)
        #expect(constraint.units(in: Plans.solution(sessions, problem: Plans.problem(province: nil, venue: nil))) == 0)
        var problem = Plans.problem()
        problem.lecturers[1].homeProvince = nil
        #expect(constraint.units(in: Plans.solution(sessions, problem: problem)) == 0)
    }
}
