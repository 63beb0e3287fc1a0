/// A group of courses taken by the same students (a cohort): no two of its lectures may share a period,
/// and its lectures should be compact within a day.
public struct Curriculum: Hashable, Sendable {
    public var name: String
    /// Indexes into ``Problem/courses``.
    public var courses: [Int]

    public init(name: String, courses: [Int]) {
        self.name = name
        self.courses = courses
    }
}
