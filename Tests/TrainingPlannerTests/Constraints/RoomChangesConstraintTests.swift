import Testing
import TrainingPlanner

@Suite("Room stability: a cohort keeps its room")
struct RoomChangesConstraintTests {
    let constraint = RoomChangesConstraint()

    @Test("each room beyond the first a cohort uses costs one unit")
    func secondRoom() {
        let sessions = [Plans.session(0, 0), Plans.session(1, 1, room: 1), Plans.session(1, 2)]
        let penalties = constraint.penalties(in: Plans.solution(sessions))
        #expect(penalties.map(\.cost) == [1])
        #expect(penalties.first?.justification == "cohort N1 of class B-HN-01 uses 2 rooms: HN/P1, HN/P2")
    }

    @Test("one room, or none online, costs nothing")
    func oneRoom() {
        #expect(constraint.penalties(in: Plans.solution(Plans.good)).isEmpty)
        let online = Plans.good.map { Plans.session($0.module, $0.slot, room: nil) }
        #expect(constraint.penalties(in: Plans.solution(online, problem: Plans.problem(venue: nil))).isEmpty)
    }
}
