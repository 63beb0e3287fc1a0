import CourseTimetabling
import Testing

@Suite("Scoring by constraint")
struct ScorerTests {
    let problem = Problems.roomy()

    /// Lectures 0–2 are law's, 3–4 budget's; periods are day × 4 + slot; room 0 is big, 1 small.
    func timetable(_ places: [(period: Int, room: Int)?]) -> Timetable {
        Timetable(placements: places.map { $0.map { Placement(period: $0.period, room: $0.room) } })
    }

    @Test("a hand-computed timetable costs 37 in UD2, constraint by constraint")
    func handComputed() {
        let score = Scorer.standard.score(
            timetable([(0, 0), (1, 1), (9, 0), (4, 1), (6, 1)]), in: problem)
        #expect(score.hardViolations == 0)
        #expect(score.cost(of: "room capacity") == 20)
        #expect(score.cost(of: "minimum working days") == 10)
        #expect(score.cost(of: "isolated lectures") == 6)
        #expect(score.cost(of: "room stability") == 1)
        #expect(score.softCost == 37)
    }

    @Test("each student over capacity costs 1 and the penalty names the room")
    func roomCapacity() throws {
        let score = Scorer.standard.score(timetable([(0, 1), (1, 0), (2, 0), (3, 0), (8, 0)]), in: problem)
        let component = try #require(score.components.first { $0.name == "room capacity" })
        #expect(component.cost == 20)
        #expect(component.penalties.map(\.resources) == [["small"]])
        #expect(component.penalties.map(\.courses) == [["law"]])
    }

    @Test("lectures of a curriculum in adjacent slots are not isolated")
    func adjacentLectures() {
        let score = Scorer.standard.score(timetable([(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)]), in: problem)
        // law 0,1,2 and budget 3 fill day 0; budget's second lecture is alone on day 1.
        #expect(score.cost(of: "isolated lectures") == 2)
        #expect(score.cost(of: "minimum working days") == 5 * 2 + 0)
    }

    @Test("two courses of one curriculum in one period is one conflict naming the curriculum")
    func conflict() throws {
        let score = Scorer.standard.score(timetable([(0, 0), (5, 0), (10, 0), (0, 1), (6, 1)]), in: problem)
        #expect(score.hardViolations == 1)
        let penalty = try #require(score.hardPenalties.first)
        #expect(penalty.courses == ["law", "budget"])
        #expect(penalty.resources == ["cohort-1"])
        #expect(penalty.periods == [0])
    }

    @Test("two lectures in one room and period break room occupancy")
    func roomOccupancy() {
        let problem = Problem(
            name: "rooms", days: 1, periodsPerDay: 2, rooms: [Room(name: "A", capacity: 10)],
            lecturers: [Lecturer(name: "x"), Lecturer(name: "y")],
            courses: [
                Course(name: "c1", lecturers: [0], lectureCount: 1, minimumWorkingDays: 1, students: 5),
                Course(name: "c2", lecturers: [1], lectureCount: 1, minimumWorkingDays: 1, students: 5),
            ], curricula: [])
        let score = Scorer.standard.score(timetable([(1, 0), (1, 0)]), in: problem)
        #expect(score.cost(of: "room occupancy") == 1)
        #expect(score.hardPenalties.first?.resources == ["A"])
        #expect(score.cost(of: "conflicts") == 0)
    }

    @Test("a lecture when its lecturer is unavailable names the lecturer and period")
    func availability() throws {
        let problem = Problem(
            name: "away", days: 1, periodsPerDay: 2, rooms: [Room(name: "A", capacity: 10)],
            lecturers: [Lecturer(name: "Chau", unavailablePeriods: [1])],
            courses: [Course(name: "ethics", lecturers: [0], lectureCount: 1, minimumWorkingDays: 1, students: 5)],
            curricula: [])
        let score = Scorer.standard.score(timetable([(1, 0)]), in: problem)
        #expect(score.cost(of: "availability") == 1)
        let penalty = try #require(score.hardPenalties.first)
        #expect(penalty.resources == ["Chau"])
        #expect(penalty.periods == [1])
    }

    @Test("a lecture left out and a course twice in a period count as lecture violations")
    func lectures() {
        let score = Scorer.standard.score(timetable([(0, 0), (0, 1), nil, (8, 0), (12, 0)]), in: problem)
        #expect(score.cost(of: "lectures") == 2)
    }

    @Test("room stability counts rooms beyond the first")
    func roomStability() {
        let score = Scorer.standard.score(timetable([(0, 0), (4, 1), (8, 1), (1, 0), (5, 0)]), in: problem)
        #expect(score.cost(of: "room stability") == 1)
    }

    @Test("period preferences cost their weight")
    func preferences() {
        var courses = problem.courses
        courses[1].periodCosts = Array(repeating: 0, count: 20)
        courses[1].periodCosts[3] = 4
        let preferring = Problem(
            name: "prefs", days: 5, periodsPerDay: 4, rooms: problem.rooms, lecturers: problem.lecturers,
            courses: courses, curricula: problem.curricula, weights: Weights(preference: 2))
        let score = Scorer.standard.score(timetable([(0, 0), (4, 0), (8, 0), (3, 0), (7, 0)]), in: preferring)
        #expect(score.cost(of: "period preferences") == 8)
    }
}
