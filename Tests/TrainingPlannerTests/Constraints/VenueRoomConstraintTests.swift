import Testing
import TrainingPlanner

@Suite("Venue room: a class meets in a room of its venue that seats the cohort")
struct VenueRoomConstraintTests {
    let constraint = VenueRoomConstraint()

    @Test("a room too small for the cohort is one unit")
    func tooSmall() {
        let penalties = constraint.penalties(in: Plans.solution([Plans.session(0, 0, room: 1)]))
        #expect(
            penalties.map(\.justification) == [
                "module M1 on 2026-05-04 sáng for cohort N1 of class B-HN-01 is in room HN/P2, 10 seats for 20"
                    + " delegates"
            ])
    }

    @Test("a room of another venue, no room at a venue, or a room online are one unit each")
    func wrongRoom() {
        #expect(
            constraint.units(in: Plans.solution([Plans.session(0, 0, room: 2), Plans.session(1, 1, room: nil)])) == 2)
        let online = Plans.problem(province: nil, venue: nil)
        #expect(constraint.units(in: Plans.solution([Plans.session(0, 0)], problem: online)) == 1)
        #expect(constraint.units(in: Plans.solution([Plans.session(0, 0, room: nil)], problem: online)) == 0)
        #expect(constraint.units(in: Plans.solution(Plans.good)) == 0)
    }
}
