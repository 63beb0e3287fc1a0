import Testing
import TrainingPlanner

@Suite("Module order: a module's sessions come after its prerequisites'")
struct ModuleOrderConstraintTests {
    let constraint = ModuleOrderConstraint()

    @Test("a session not after every session of a prerequisite is one unit per such pair")
    func beforePrerequisite() {
        let sessions = [Plans.session(0, 2), Plans.session(1, 1), Plans.session(1, 2, room: 1, lecturer: 1)]
        let penalties = constraint.penalties(in: Plans.solution(sessions))
        #expect(penalties.count == 2)
        #expect(
            penalties.first?.justification
                == "module M2 on 2026-05-04 chiều for cohort N1 of class B-HN-01 is not after module M1 on"
                + " 2026-05-05 sáng, which comes first")
    }

    @Test("placed sessions count against fixed ones both ways; two fixed sessions never count")
    func fixedSessions() {
        let fixedPrerequisite = Plans.problem(fixed: [FixedSession(module: 0, slot: 5)], sessionsToPlace: [0, 2])
        #expect(
            constraint.units(
                in: Plans.solution([Plans.session(1, 1), Plans.session(1, 6)], problem: fixedPrerequisite)) == 1)
        let fixedDependent = Plans.problem(fixed: [FixedSession(module: 1, slot: 1)], sessionsToPlace: [1, 1])
        #expect(
            constraint.units(in: Plans.solution([Plans.session(0, 3), Plans.session(1, 4)], problem: fixedDependent))
                == 1)
        let bothFixed = Plans.problem(fixed: [FixedSession(module: 0, slot: 3), FixedSession(module: 1, slot: 1)])
        #expect(constraint.units(in: Plans.solution([], problem: bothFixed)) == 0)
        #expect(constraint.units(in: Plans.solution(Plans.good)) == 0)
    }
}
