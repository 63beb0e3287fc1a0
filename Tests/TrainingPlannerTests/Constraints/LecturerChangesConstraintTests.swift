import Testing
import TrainingPlanner

@Suite("Lecturer continuity: one lecturer gives a module to a cohort")
struct LecturerChangesConstraintTests {
    let constraint = LecturerChangesConstraint()

    @Test("each lecturer beyond the first on one module of one cohort costs one unit")
    func secondLecturer() {
        let sessions = [Plans.session(0, 0), Plans.session(1, 1), Plans.session(1, 2, lecturer: 1)]
        let penalties = constraint.penalties(in: Plans.solution(sessions))
        #expect(penalties.map(\.units) == [1])
        #expect(penalties.map(\.cost) == [5])
        #expect(
            penalties.first?.justification
                == "module M2 of cohort N1 of class B-HN-01 has 2 lecturers: Trần Thị Hoa (GV01), Lê Văn Nam (GV02)")
    }

    @Test("different lecturers on different modules cost nothing")
    func differentModules() {
        let sessions = [Plans.session(0, 0), Plans.session(1, 1, lecturer: 1), Plans.session(1, 2, lecturer: 1)]
        #expect(constraint.penalties(in: Plans.solution(sessions)).isEmpty)
    }
}
