import Testing
import TrainingModel

@testable import CourseTimetabling

@Suite("Incremental evaluation")
struct DeltaEvaluationTests {
    /// Applies random moves and swaps, checking every predicted change against a recount from scratch.
    func checkRandomMoves(_ problem: Problem, seed: UInt64, moves: Int) {
        let state = SearchState(problem: problem)
        Construction(state: state, problem: problem, hardWeight: 20).run()
        #expect(state.isComplete)
        var random = RandomGenerator(seed: seed)
        var mismatches = 0
        for _ in 0..<moves {
            let lecture = random.next(below: state.lectureCount)
            let period = random.next(below: state.periodCount)
            let room = random.next(below: state.roomCount)
            let occupant = Int(state.roomLecture[period * state.roomCount + room])
            if occupant < 0 {
                let change = state.relocationDelta(lecture: lecture, period: period, room: room)
                state.move(lecture: lecture, period: period, room: room, change: change)
            } else if occupant != lecture && state.lectureCourse[occupant] != state.lectureCourse[lecture] {
                let change = state.swapDelta(lecture, occupant)
                state.swap(lecture, occupant, change: change)
            } else {
                continue
            }
            let after = state.recomputedCost()
            if after.hard != state.hard || after.soft != state.soft { mismatches += 1 }
        }
        #expect(mismatches == 0)
        let score = Scorer.standard.score(state.timetable, in: problem)
        #expect(score.softCost == state.soft)
        #expect((score.hardViolations == 0) == (state.hard == 0))
    }

    @Test("predicted changes of random moves and swaps on comp01 match a full recount")
    func comp01() throws {
        checkRandomMoves(try Problems.comp01(), seed: 11, moves: 3000)
    }

    @Test("predicted changes match with preferences, previous periods and several lecturers")
    func generalProblem() {
        let base = Problems.roomy(days: 3, periodsPerDay: 3)
        var courses = base.courses
        courses[0].periodCosts = (0..<9).map { $0 % 3 }
        courses[1].previousPeriods = [0, 4]
        courses[1].lecturers = [0, 1]
        let problem = Problem(
            name: "general", days: 3, periodsPerDay: 3, rooms: base.rooms,
            lecturers: [Lecturer(name: "An", unavailablePeriods: [2]), Lecturer(name: "Binh")],
            courses: courses + [
                Course(name: "free", lecturers: [], lectureCount: 2, minimumWorkingDays: 2, students: 60)
            ],
            curricula: base.curricula + [Curriculum(name: "cohort-2", courses: [1, 2])])
        checkRandomMoves(problem, seed: 5, moves: 3000)
    }

    @Test("the state starts from the cost of the empty timetable")
    func emptyState() throws {
        let problem = try Problems.comp01()
        let state = SearchState(problem: problem)
        #expect(state.soft == Scorer.standard.score(Timetable(empty: problem), in: problem).softCost)
    }
}
