/// A course: a number of interchangeable lectures (sessions) taught by the same lecturers to the same
/// students, e.g. one module of a class.
public struct Course: Hashable, Sendable {
    public var name: String
    /// Indexes into ``Problem/lecturers``; every one of them teaches every lecture.
    public var lecturers: [Int]
    public var lectureCount: Int
    /// The lectures should spread over at least this many days.
    public var minimumWorkingDays: Int
    public var students: Int
    /// Periods the course cannot be taught in (a hard constraint).
    public var unavailablePeriods: [Int]
    /// A cost per period (empty: none), weighted by ``Weights/preference``; the center uses it for
    /// "first-time delegates early" and for lecturers' preferences.
    public var periodCosts: [Int]
    /// When re-planning: the periods of this course's lectures in the previous timetable. A lecture that
    /// is not at one of them any more counts as moved (``Weights/movedLecture``).
    public var previousPeriods: [Int]

    public init(
        name: String,
        lecturers: [Int],
        lectureCount: Int,
        minimumWorkingDays: Int,
        students: Int,
        unavailablePeriods: [Int] = [],
        periodCosts: [Int] = [],
        previousPeriods: [Int] = []
    ) {
        self.name = name
        self.lecturers = lecturers
        self.lectureCount = lectureCount
        self.minimumWorkingDays = minimumWorkingDays
        self.students = students
        self.unavailablePeriods = unavailablePeriods
        self.periodCosts = periodCosts
        self.previousPeriods = previousPeriods
    }
}
