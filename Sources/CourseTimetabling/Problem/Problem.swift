/// A timetabling problem: events (the lectures of courses) to place in periods (day × slot) and rooms,
/// with the hard rules that make a timetable usable and the weighted soft costs that make it good.
///
/// It is general enough for the center (a course is a module taught to a class in half-day sessions, a
/// curriculum is a cohort that must never be in two places at once) and for ITC-2007 CB-CTT, which the
/// `.ctt` reader turns into one of these. Lectures of a course are interchangeable; they are numbered
/// course by course (see ``lectureCourses``), and a ``Timetable`` gives a placement for each.
public struct Problem: Hashable, Sendable {
    public let name: String
    public let days: Int
    public let periodsPerDay: Int
    public let rooms: [Room]
    public let lecturers: [Lecturer]
    public let courses: [Course]
    public let curricula: [Curriculum]
    /// Lectures fixed in advance; the solver never moves them.
    public let pins: [Pin]
    public let weights: Weights
    /// The course of each lecture, in lecture order: all lectures of course 0, then of course 1, …
    public let lectureCourses: [Int]
    /// The number of the first lecture of each course, and `lectureCount` at the end.
    public let firstLectures: [Int]

    public init(
        name: String,
        days: Int,
        periodsPerDay: Int,
        rooms: [Room],
        lecturers: [Lecturer],
        courses: [Course],
        curricula: [Curriculum],
        pins: [Pin] = [],
        weights: Weights = .ud2
    ) {
        self.name = name
        self.days = days
        self.periodsPerDay = periodsPerDay
        self.rooms = rooms
        self.lecturers = lecturers
        self.courses = courses
        self.curricula = curricula
        self.pins = pins
        self.weights = weights
        var lectureCourses: [Int] = []
        var firstLectures: [Int] = []
        for (index, course) in courses.enumerated() {
            firstLectures.append(lectureCourses.count)
            lectureCourses += Array(repeating: index, count: max(0, course.lectureCount))
        }
        firstLectures.append(lectureCourses.count)
        self.lectureCourses = lectureCourses
        self.firstLectures = firstLectures
    }

    public var periodCount: Int { days * periodsPerDay }
    public var lectureCount: Int { lectureCourses.count }

    /// The lectures of a course, as numbers into a ``Timetable``.
    public func lectures(of course: Int) -> Range<Int> {
        firstLectures[course]..<firstLectures[course + 1]
    }

    public func day(of period: Int) -> Int { period / periodsPerDay }
    public func slot(of period: Int) -> Int { period % periodsPerDay }
    public func period(day: Int, slot: Int) -> Int { day * periodsPerDay + slot }

    /// "day 2 slot 3", counted from 0 as the `.ctt` files do, for messages.
    public func describe(period: Int) -> String {
        "day \(day(of: period)) slot \(slot(of: period))"
    }

    /// The curricula each course belongs to.
    public func curriculaByCourse() -> [[Int]] {
        var result = Array(repeating: [Int](), count: courses.count)
        for (index, curriculum) in curricula.enumerated() {
            for course in curriculum.courses where !result[course].contains(index) {
                result[course].append(index)
            }
        }
        return result
    }

    /// Whether a course may be taught in a period: neither it nor any of its lecturers is unavailable.
    public func availability() -> [[Bool]] {
        courses.map { course in
            var available = Array(repeating: true, count: periodCount)
            for period in course.unavailablePeriods where period >= 0 && period < periodCount {
                available[period] = false
            }
            for lecturer in course.lecturers {
                for period in lecturers[lecturer].unavailablePeriods where period >= 0 && period < periodCount {
                    available[period] = false
                }
            }
            return available
        }
    }
}
