import Testing
import TrainingPlanner

@Suite("Lecturer qualification: a session's lecturer teaches its module")
struct LecturerQualificationConstraintTests {
    let constraint = LecturerQualificationConstraint()

    @Test("a session given to a lecturer who does not teach the module is one unit")
    func unqualified() {
        let penalties = constraint.penalties(in: Plans.solution([Plans.session(0, 0, lecturer: 1)]))
        #expect(
            penalties.map(\.justification) == [
                "module M1 on 2026-05-04 sáng for cohort N1 of class B-HN-01 is given to lecturer Lê Văn Nam (GV02),"
                    + " who does not teach module M1"
            ])
    }

    @Test("any lecturer of the module will do")
    func qualified() {
        let sessions = [Plans.session(0, 0), Plans.session(1, 1), Plans.session(1, 3, lecturer: 1)]
        #expect(constraint.penalties(in: Plans.solution(sessions)).isEmpty)
    }
}
