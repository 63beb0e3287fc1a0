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

    /// Makes random Kempe chain exchanges, keeping one in two and undoing the other, and checks the totals, the
    /// room table and the clashes against the timetable.
    func checkRandomChains(_ problem: Problem, seed: UInt64, moves: Int) -> (made: Int, longest: Int) {
        let state = SearchState(problem: problem)
        Construction(state: state, problem: problem, hardWeight: 20).run()
        #expect(state.isComplete)
        var random = RandomGenerator(seed: seed)
        var chain: [Int32] = []
        var rooms: [Int32] = []
        var from: [Int32] = []
        var made = 0
        var longest = 0
        var mismatches = 0
        for move in 0..<moves {
            let first = random.next(below: state.lectureCount)
            let target = random.next(below: state.periodCount)
            let periods = (Int(state.lecturePeriod[first]), target)
            if periods.0 == target || !state.kempeChain(from: first, to: target, chain: &chain, rooms: &rooms) {
                continue
            }
            let clashesBefore = clashes(in: problem, state.timetable, periods: periods)
            let before = state.timetable
            let change = state.moveChainCounters(chain, rooms: rooms, from: &from, periods: periods)
            if move % 2 == 0 {
                state.undoChain(chain, from: from, periods: periods)
                if state.timetable != before { mismatches += 1 }
            } else {
                state.commitChain(chain, from: from, periods: periods, change: change)
                made += 1
                longest = max(longest, chain.count)
                // The exchange adds no clash in the two periods (it may end one a chain lecture had).
                if clashes(in: problem, state.timetable, periods: periods) > clashesBefore { mismatches += 1 }
            }
            let recount = state.recomputedCost()
            if recount.hard != state.hard || recount.soft != state.soft { mismatches += 1 }
            mismatches += roomTableMismatches(state)
        }
        #expect(mismatches == 0)
        let score = Scorer.standard.score(state.timetable, in: problem)
        #expect(score.softCost == state.soft)
        #expect((score.hardViolations == 0) == (state.hard == 0))
        return (made, longest)
    }

    /// Pairs of lectures in one of the two periods whose courses share a curriculum or a lecturer, read from
    /// the problem rather than the solver's own tables.
    func clashes(in problem: Problem, _ timetable: Timetable, periods: (Int, Int)) -> Int {
        let courses = problem.lectureCourses
        let placed = timetable.placements.indices.filter {
            [periods.0, periods.1].contains(timetable.placements[$0]?.period)
        }
        var pairs = 0
        for (position, one) in placed.enumerated() {
            for two in placed[(position + 1)...]
            where timetable.placements[one]?.period == timetable.placements[two]?.period {
                let first = problem.courses[courses[one]]
                let second = problem.courses[courses[two]]
                let sharedCurriculum = problem.curricula.contains {
                    $0.courses.contains(courses[one]) && $0.courses.contains(courses[two])
                }
                let sharedLecturer =
                    courses[one] == courses[two] || !Set(first.lecturers).isDisjoint(with: second.lecturers)
                if sharedCurriculum || sharedLecturer { pairs += 1 }
            }
        }
        return pairs
    }

    /// Places of the room table that disagree with where the lectures are.
    func roomTableMismatches(_ state: SearchState) -> Int {
        var mismatches = 0
        for place in 0..<(state.periodCount * state.roomCount) {
            let occupant = Int(state.roomLecture[place])
            if occupant >= 0
                && Int(state.lecturePeriod[occupant]) * state.roomCount + Int(state.lectureRoom[occupant]) != place
            {
                mismatches += 1
            }
        }
        for lecture in 0..<state.lectureCount {
            let place = Int(state.lecturePeriod[lecture]) * state.roomCount + Int(state.lectureRoom[lecture])
            if state.roomLecture[place] != Int32(lecture) { mismatches += 1 }
        }
        return mismatches
    }

    @Test("Kempe chain exchanges on comp01 keep the counters, the room table and the clashes right")
    func comp01Chains() throws {
        let (made, longest) = checkRandomChains(try Problems.comp01(), seed: 3, moves: 2000)
        #expect(made > 100)
        #expect(longest > 2)
    }

    @Test("Kempe chains are found the same after the chain marks' stamp runs out and starts again")
    func chainStampWraps() throws {
        let problem = try Problems.comp01()
        let fresh = SearchState(problem: problem)
        let worn = SearchState(problem: problem)
        for state in [fresh, worn] { Construction(state: state, problem: problem, hardWeight: 20).run() }
        worn.chainStamp = Int32.max - 2
        var random = RandomGenerator(seed: 4)
        var found = 0
        var differences = 0
        for _ in 0..<60 {
            let first = random.next(below: problem.lectureCount)
            let period = random.next(below: problem.periodCount)
            if Int(fresh.lecturePeriod[first]) == period { continue }
            var chains: [[Int32]] = [[], []]
            var rooms: [[Int32]] = [[], []]
            let foundFresh = fresh.kempeChain(from: first, to: period, chain: &chains[0], rooms: &rooms[0])
            let foundWorn = worn.kempeChain(from: first, to: period, chain: &chains[1], rooms: &rooms[1])
            if foundFresh != foundWorn || chains[0] != chains[1] || rooms[0] != rooms[1] { differences += 1 }
            if foundFresh { found += 1 }
        }
        #expect(differences == 0)
        #expect(found > 10)
        #expect(worn.chainStamp < 100)
    }

    @Test("predicted changes of random moves and swaps on comp01 match a full recount")
    func comp01() throws {
        checkRandomMoves(try Problems.comp01(), seed: 11, moves: 3000)
    }

    @Test("predicted changes match with preferences, previous periods and several lecturers")
    func generalProblem() {
        checkRandomMoves(Self.general(), seed: 5, moves: 3000)
    }

    @Test("Kempe chain exchanges stay right with a course without a lecturer and one with two")
    func generalChains() {
        let (made, _) = checkRandomChains(Self.general(), seed: 8, moves: 3000)
        #expect(made > 100)
    }

    /// Preferences, previous periods, a lecturer with an unavailable period, a course with two lecturers and
    /// one with none.
    static func general() -> Problem {
        let base = Problems.roomy(days: 3, periodsPerDay: 3)
        var courses = base.courses
        courses[0].periodCosts = (0..<9).map { $0 % 3 }
        courses[1].previousPeriods = [0, 4]
        courses[1].lecturers = [0, 1]
        return Problem(
            name: "general", days: 3, periodsPerDay: 3, rooms: base.rooms,
            lecturers: [Lecturer(name: "An", unavailablePeriods: [2]), Lecturer(name: "Binh")],
            courses: courses + [
                Course(name: "free", lecturers: [], lectureCount: 2, minimumWorkingDays: 2, students: 60)
            ],
            curricula: base.curricula + [Curriculum(name: "cohort-2", courses: [1, 2])])
    }

    @Test("the state starts from the cost of the empty timetable")
    func emptyState() throws {
        let problem = try Problems.comp01()
        let state = SearchState(problem: problem)
        #expect(state.soft == Scorer.standard.score(Timetable(empty: problem), in: problem).softCost)
    }
}
