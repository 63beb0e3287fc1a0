import Testing
import TrainingModel

@testable import CourseTimetabling

/// A second, deliberately plain implementation of the ITC-2007 validator's counts, written from the
/// competition's definition on flat arrays, to check the constraint-by-constraint scorer against.
struct IndependentScorer {
    let problem: Problem

    struct Counts: Equatable {
        var lectures = 0
        var conflicts = 0
        var roomOccupancy = 0
        var availability = 0
        var roomCapacity = 0
        var minimumWorkingDays = 0
        var isolatedLectures = 0
        var roomStability = 0
    }

    func counts(_ timetable: Timetable) -> Counts {
        let courses = problem.courses.count
        let periods = problem.periodCount
        var placed = Array(repeating: Array(repeating: 0, count: periods), count: courses)
        var roomLectures = Array(repeating: Array(repeating: 0, count: problem.rooms.count), count: periods)
        var result = Counts()
        for lecture in 0..<problem.lectureCount {
            let course = problem.lectureCourses[lecture]
            guard let placement = timetable.placements[lecture] else {
                result.lectures += 1
                continue
            }
            placed[course][placement.period] += 1
            roomLectures[placement.period][placement.room] += 1
            let over = problem.courses[course].students - problem.rooms[placement.room].capacity
            if over > 0 { result.roomCapacity += over }
            if problem.courses[course].unavailablePeriods.contains(placement.period) { result.availability += 1 }
        }
        for course in 0..<courses {
            for period in 0..<periods where placed[course][period] > 1 {
                result.lectures += placed[course][period] - 1
            }
        }
        for period in 0..<periods {
            for room in problem.rooms.indices where roomLectures[period][room] > 1 {
                result.roomOccupancy += roomLectures[period][room] - 1
            }
        }
        for first in 0..<courses {
            for second in (first + 1)..<max(first + 1, courses) {
                let sameTeacher = problem.courses[first].lecturers == problem.courses[second].lecturers
                let sameCurriculum = problem.curricula.contains {
                    $0.courses.contains(first) && $0.courses.contains(second)
                }
                guard sameTeacher || sameCurriculum else { continue }
                for period in 0..<periods where placed[first][period] > 0 && placed[second][period] > 0 {
                    result.conflicts += 1
                }
            }
        }
        for course in 0..<courses {
            var days = 0
            for day in 0..<problem.days {
                let slots = (0..<problem.periodsPerDay).map { placed[course][day * problem.periodsPerDay + $0] }
                if slots.contains(where: { $0 > 0 }) { days += 1 }
            }
            if days < problem.courses[course].minimumWorkingDays {
                result.minimumWorkingDays += 5 * (problem.courses[course].minimumWorkingDays - days)
            }
            var rooms: [Int] = []
            for lecture in problem.lectures(of: course) {
                if let room = timetable.placements[lecture]?.room, !rooms.contains(room) { rooms.append(room) }
            }
            if rooms.count > 1 { result.roomStability += rooms.count - 1 }
        }
        for curriculum in problem.curricula {
            func load(_ day: Int, _ slot: Int) -> Int {
                guard slot >= 0 && slot < problem.periodsPerDay else { return 0 }
                return curriculum.courses.reduce(0) { $0 + placed[$1][day * problem.periodsPerDay + slot] }
            }
            for day in 0..<problem.days {
                for slot in 0..<problem.periodsPerDay where load(day, slot) > 0 {
                    if load(day, slot - 1) == 0 && load(day, slot + 1) == 0 {
                        result.isolatedLectures += 2 * load(day, slot)
                    }
                }
            }
        }
        return result
    }
}

@Suite("A second scorer agrees with the main one")
struct IndependentScorerTests {
    @Test("on random timetables of comp01, clashes and left-out lectures included")
    func agreesOnRandomTimetables() throws {
        let problem = try Problems.comp01()
        let independent = IndependentScorer(problem: problem)
        var random = RandomGenerator(seed: 2007)
        for round in 0..<30 {
            let timetable = Problems.randomTimetable(of: problem, random: &random, leaveOut: round % 2 == 1)
            let score = Scorer.standard.score(timetable, in: problem)
            let counts = independent.counts(timetable)
            let main = IndependentScorer.Counts(
                lectures: score.cost(of: "lectures"), conflicts: score.cost(of: "conflicts"),
                roomOccupancy: score.cost(of: "room occupancy"), availability: score.cost(of: "availability"),
                roomCapacity: score.cost(of: "room capacity"),
                minimumWorkingDays: score.cost(of: "minimum working days"),
                isolatedLectures: score.cost(of: "isolated lectures"), roomStability: score.cost(of: "room stability"))
            #expect(main == counts)
        }
    }

    @Test("on solver output for comp01, which is feasible")
    func agreesOnSolvedTimetable() throws {
        let problem = try Problems.comp01()
        let result = Solver(options: SolverOptions(seed: 3, iterationLimit: 100_000)).solve(problem)
        let counts = IndependentScorer(problem: problem).counts(result.timetable)
        #expect(counts.conflicts + counts.lectures + counts.roomOccupancy + counts.availability == 0)
        #expect(
            counts.roomCapacity + counts.minimumWorkingDays + counts.isolatedLectures + counts.roomStability
                == result.score.softCost)
    }
}
