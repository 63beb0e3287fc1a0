import TrainingModel

@testable import CourseTimetabling

/// Small problems built by hand or at random, for the solver and scorer tests.
enum Problems {
    static func comp01() throws -> Problem {
        try CTTReader(file: "comp01.ctt").read(Instances.comp01)
    }

    /// Two courses of one curriculum taught by different lecturers, plenty of rooms and periods.
    static func roomy(days: Int = 5, periodsPerDay: Int = 4) -> Problem {
        Problem(
            name: "roomy", days: days, periodsPerDay: periodsPerDay,
            rooms: [Room(name: "big", capacity: 50), Room(name: "small", capacity: 10)],
            lecturers: [Lecturer(name: "An"), Lecturer(name: "Binh")],
            courses: [
                Course(name: "law", lecturers: [0], lectureCount: 3, minimumWorkingDays: 3, students: 30),
                Course(name: "budget", lecturers: [1], lectureCount: 2, minimumWorkingDays: 2, students: 8),
            ],
            curricula: [Curriculum(name: "cohort-1", courses: [0, 1])])
    }

    /// A random problem small enough to enumerate every timetable of.
    static func tiny(seed: UInt64) -> Problem {
        var random = RandomGenerator(seed: seed)
        let days = 2
        let periodsPerDay = 2
        let courseCount = 3
        var courses: [Course] = []
        var lectures = 0
        for index in 0..<courseCount {
            let count = min(1 + random.next(below: 2), 4 - lectures)
            guard count > 0 else { break }
            lectures += count
            courses.append(
                Course(
                    name: "c\(index)", lecturers: [random.next(below: 2)], lectureCount: count,
                    minimumWorkingDays: 1 + random.next(below: 2), students: 10 + random.next(below: 30),
                    unavailablePeriods: random.next(below: 3) == 0 ? [random.next(below: days * periodsPerDay)] : []))
        }
        let curricula = [
            Curriculum(name: "q0", courses: Array(0..<courses.count).filter { _ in random.next(below: 2) == 0 }),
            Curriculum(name: "q1", courses: Array(0..<courses.count).filter { _ in random.next(below: 2) == 0 }),
        ]
        return Problem(
            name: "tiny\(seed)", days: days, periodsPerDay: periodsPerDay,
            rooms: [Room(name: "r0", capacity: 20), Room(name: "r1", capacity: 35)],
            lecturers: [Lecturer(name: "t0"), Lecturer(name: "t1")], courses: courses, curricula: curricula)
    }

    /// A timetable with every lecture at a random period and room (clashes and all), some left out.
    static func randomTimetable(of problem: Problem, random: inout RandomGenerator, leaveOut: Bool = false)
        -> Timetable
    {
        Timetable(
            placements: (0..<problem.lectureCount).map { _ in
                if leaveOut && random.next(below: 20) == 0 { return nil }
                return Placement(
                    period: random.next(below: problem.periodCount), room: random.next(below: problem.rooms.count))
            })
    }
}
