import Testing

@testable import CourseTimetabling

@Suite("Solving")
struct SolverTests {
    /// The best (hard, soft) over every timetable of a tiny problem.
    func bruteForceOptimum(_ problem: Problem) -> (hard: Int, soft: Int) {
        let places = problem.periodCount * problem.rooms.count
        var best = (hard: Int.max, soft: Int.max)
        var digits = Array(repeating: 0, count: problem.lectureCount)
        while true {
            let timetable = Timetable(
                placements: digits.map {
                    Placement(period: $0 / problem.rooms.count, room: $0 % problem.rooms.count)
                })
            let score = Scorer.standard.score(timetable, in: problem)
            if (score.hardViolations, score.softCost) < best { best = (score.hardViolations, score.softCost) }
            var position = 0
            while position < digits.count {
                digits[position] += 1
                if digits[position] < places { break }
                digits[position] = 0
                position += 1
            }
            if position == digits.count { break }
        }
        return best
    }

    @Test("reaches the brute-force optimum of tiny random problems", arguments: [1, 2, 3, 4] as [UInt64])
    func tinyOptimum(seed: UInt64) {
        let problem = Problems.tiny(seed: seed)
        let optimum = bruteForceOptimum(problem)
        let result = Solver(options: SolverOptions(seed: seed, iterationLimit: 20_000)).solve(problem)
        #expect(result.score.hardViolations == optimum.hard)
        #expect(result.score.softCost == optimum.soft)
    }

    /// Law needs 3 days and budget 2, so some day holds one lecture of the cohort alone: the optimum is one
    /// isolated lecture, 2.
    @Test("finds the optimum of a roomy problem, where one isolated lecture is unavoidable")
    func roomyOptimum() {
        let result = Solver(options: SolverOptions(seed: 1, iterationLimit: 50_000)).solve(Problems.roomy())
        #expect(result.score.isFeasible)
        #expect(result.score.softCost == 2)
        #expect(result.score.cost(of: "isolated lectures") == 2)
        #expect(result.explanation.isEmpty)
    }

    @Test("solves comp01 without hard violations")
    func comp01Feasible() throws {
        let problem = try Problems.comp01()
        let result = Solver(options: SolverOptions(seed: 1, iterationLimit: 200_000)).solve(problem)
        #expect(result.score.isFeasible)
        #expect(result.firstFeasibleIteration != nil)
        #expect(result.score.softCost < 60)
    }

    @Test("the same seed and iteration limit give the same timetable")
    func deterministic() throws {
        let problem = try Problems.comp01()
        let options = SolverOptions(seed: 42, iterationLimit: 60_000)
        let first = Solver(options: options).solve(problem)
        let second = Solver(options: options).solve(problem)
        #expect(first.timetable == second.timetable)
        #expect(first.iterations == second.iterations)
    }

    /// `ttbd schedule solve-ctt --iterations` always passes its time limit too: the clock may stop a run,
    /// but must not steer it (the temperature followed the clock when it ran ahead of the iterations).
    @Test("with a time limit that does not run out, the clock does not change the timetable")
    func deterministicUnderTimeLimit() throws {
        let problem = try Problems.comp01()
        let timetables = [10.0, 20.0].map { clock in
            Solver(
                options: SolverOptions(
                    seed: 42, iterationLimit: 60_000, timeLimit: TimeLimit(seconds: 100, elapsed: { clock }))
            ).solve(problem).timetable
        }
        #expect(zip(timetables[0].placements, timetables[1].placements).count { $0 != $1 } == 0)
    }

    @Test("a time limit that runs out stops the search before its iteration limit")
    func timeLimitStops() throws {
        let problem = try Problems.comp01()
        let result = Solver(
            options: SolverOptions(seed: 42, iterationLimit: 60_000, timeLimit: TimeLimit(seconds: 1, elapsed: { 2 }))
        ).solve(problem)
        #expect(result.iterations < 60_000)
        #expect(result.timetable.placements.allSatisfy { $0 != nil })
    }

    @Test("pinned lectures stay where they are pinned, even when that costs")
    func pins() {
        let base = Problems.roomy()
        let problem = Problem(
            name: "pinned", days: base.days, periodsPerDay: base.periodsPerDay, rooms: base.rooms,
            lecturers: base.lecturers, courses: base.courses, curricula: base.curricula,
            pins: [Pin(course: 0, period: 7, room: 1), Pin(course: 1, period: 12)])
        let result = Solver(options: SolverOptions(seed: 9, iterationLimit: 50_000)).solve(problem)
        let law = problem.lectures(of: 0).compactMap { result.timetable.placements[$0] }
        let budget = problem.lectures(of: 1).compactMap { result.timetable.placements[$0] }
        #expect(law.contains(Placement(period: 7, room: 1)))
        #expect(budget.contains { $0.period == 12 })
        #expect(result.score.cost(of: "pins") == 0)
        // law in the small room costs 20 seats: the pin wins over the cost.
        #expect(result.score.cost(of: "room capacity") == 20)
    }

    @Test("an overloaded lecturer is named with the courses, and the search still returns a timetable")
    func overloadedLecturer() {
        let problem = Problem(
            name: "busy", days: 1, periodsPerDay: 4,
            rooms: [Room(name: "A", capacity: 30), Room(name: "B", capacity: 30)],
            lecturers: [Lecturer(name: "Dung")],
            courses: [
                Course(name: "law", lecturers: [0], lectureCount: 3, minimumWorkingDays: 1, students: 10),
                Course(name: "audit", lecturers: [0], lectureCount: 2, minimumWorkingDays: 1, students: 10),
            ], curricula: [])
        let result = Solver(options: SolverOptions(seed: 1, iterationLimit: 10_000)).solve(problem)
        #expect(result.feasibilityIssues.map(\.kind) == [.lecturerOverloaded])
        #expect(result.feasibilityIssues.first?.resources == ["Dung"])
        #expect(result.feasibilityIssues.first?.courses == ["law", "audit"])
        #expect(result.score.hardViolations == 1)
        #expect(result.timetable.placements.allSatisfy { $0 != nil })
        #expect(result.explanation.contains { $0.contains("Dung") && $0.contains("day 0") })
    }

    @Test("a course with fewer available periods than lectures is named with its open periods")
    func unavailableCourse() throws {
        let problem = Problem(
            name: "away", days: 1, periodsPerDay: 3, rooms: [Room(name: "A", capacity: 30)],
            lecturers: [Lecturer(name: "Em", unavailablePeriods: [0, 1])],
            courses: [Course(name: "ethics", lecturers: [0], lectureCount: 2, minimumWorkingDays: 1, students: 5)],
            curricula: [])
        let issue = try #require(FeasibilityCheck(problem: problem).issues().first)
        #expect(issue.kind == .courseOverloaded)
        #expect(issue.courses == ["ethics"])
        #expect(issue.resources == ["Em"])
        #expect(issue.periods == [2])
    }

    @Test("a curriculum with more lectures than periods is named")
    func overloadedCurriculum() throws {
        let problem = Problem(
            name: "cohort", days: 1, periodsPerDay: 2,
            rooms: [Room(name: "A", capacity: 30), Room(name: "B", capacity: 30)],
            lecturers: [Lecturer(name: "x"), Lecturer(name: "y")],
            courses: [
                Course(name: "law", lecturers: [0], lectureCount: 2, minimumWorkingDays: 1, students: 10),
                Course(name: "audit", lecturers: [1], lectureCount: 1, minimumWorkingDays: 1, students: 10),
            ], curricula: [Curriculum(name: "K1", courses: [0, 1])])
        let issue = try #require(FeasibilityCheck(problem: problem).issues().first)
        #expect(issue.kind == .curriculumOverloaded)
        #expect(issue.resources == ["K1"])
        #expect(issue.courses == ["law", "audit"])
    }

    @Test("more lectures than room places stops before searching and names the rooms")
    func tooFewRooms() {
        let problem = Problem(
            name: "full", days: 1, periodsPerDay: 1, rooms: [Room(name: "A", capacity: 30)],
            lecturers: [Lecturer(name: "x"), Lecturer(name: "y")],
            courses: [
                Course(name: "law", lecturers: [0], lectureCount: 1, minimumWorkingDays: 1, students: 10),
                Course(name: "audit", lecturers: [1], lectureCount: 1, minimumWorkingDays: 1, students: 10),
            ], curricula: [])
        let result = Solver(options: SolverOptions(iterationLimit: 1000)).solve(problem)
        #expect(result.iterations == 0)
        #expect(result.feasibilityIssues.map(\.kind) == [.roomsOverloaded])
        #expect(result.feasibilityIssues.first?.resources == ["A"])
        #expect(!result.explanation.isEmpty)
    }

    @Test("two pins in one room and period are named and stop the search")
    func clashingPins() throws {
        let base = Problems.roomy()
        let problem = Problem(
            name: "clash", days: base.days, periodsPerDay: base.periodsPerDay, rooms: base.rooms,
            lecturers: base.lecturers, courses: base.courses, curricula: base.curricula,
            pins: [Pin(course: 0, period: 3, room: 0), Pin(course: 1, period: 3, room: 0)])
        let issue = try #require(FeasibilityCheck(problem: problem).issues().first)
        #expect(issue.kind == .pinConflict)
        #expect(issue.courses == ["law", "budget"])
        #expect(issue.resources.contains("big") && issue.resources.contains("cohort-1"))
        #expect(issue.periods == [3])
        #expect(issue.preventsSearch)
    }

    @Test("re-planning after a period is lost moves only the lecture that was there")
    func replanning() throws {
        let original = Problems.roomy()
        let first = Solver(options: SolverOptions(seed: 5, iterationLimit: 50_000)).solve(original)
        #expect(first.movedLectures == 0)
        let lawPeriods = original.lectures(of: 0).compactMap { first.timetable.placements[$0]?.period }
        let budgetPeriods = original.lectures(of: 1).compactMap { first.timetable.placements[$0]?.period }
        var courses = original.courses
        courses[0].previousPeriods = lawPeriods
        courses[1].previousPeriods = budgetPeriods
        // Law's lecturer can no longer come to the first of law's periods.
        let lost = try #require(lawPeriods.first)
        let changed = Problem(
            name: "changed", days: original.days, periodsPerDay: original.periodsPerDay, rooms: original.rooms,
            lecturers: [Lecturer(name: "An", unavailablePeriods: [lost]), original.lecturers[1]], courses: courses,
            curricula: original.curricula)
        let second = Solver(options: SolverOptions(seed: 6, iterationLimit: 50_000)).solve(changed)
        #expect(second.score.isFeasible)
        #expect(second.movedLectures == 1)
        #expect(second.score.cost(of: "moved lectures") == 10)
    }

    @Test("re-planning an unchanged problem moves nothing")
    func replanningUnchanged() {
        let original = Problems.roomy()
        let first = Solver(options: SolverOptions(seed: 5, iterationLimit: 50_000)).solve(original)
        var courses = original.courses
        for course in courses.indices {
            courses[course].previousPeriods = original.lectures(of: course).compactMap {
                first.timetable.placements[$0]?.period
            }
        }
        let again = Problem(
            name: "again", days: original.days, periodsPerDay: original.periodsPerDay, rooms: original.rooms,
            lecturers: original.lecturers, courses: courses, curricula: original.curricula)
        let second = Solver(options: SolverOptions(seed: 8, iterationLimit: 50_000)).solve(again)
        #expect(second.movedLectures == 0)
    }
}
