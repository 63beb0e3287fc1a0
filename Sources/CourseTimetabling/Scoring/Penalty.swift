/// One penalty a constraint gives, with why: the events, resources and periods involved.
public struct Penalty: Hashable, Sendable, CustomStringConvertible {
    /// Already multiplied by the constraint's weight.
    public var cost: Int
    public var justification: String
    /// Names of the courses involved.
    public var courses: [String]
    /// Names of the lecturers, curricula and rooms involved.
    public var resources: [String]
    public var periods: [Int]

    public init(cost: Int, _ justification: String, courses: [String], resources: [String] = [], periods: [Int] = []) {
        self.cost = cost
        self.justification = justification
        self.courses = courses
        self.resources = resources
        self.periods = periods
    }

    public var description: String { "\(cost): \(justification)" }
}
