/// One penalty a constraint gives a plan, with why: the class, cohort, module, half-day and resources involved.
public struct PlanningPenalty: Hashable, Sendable, CustomStringConvertible {
    /// The name of the constraint that gives it.
    public var constraint: String
    /// Units of the rule broken: half-days late, days away, sessions moved, …
    public var units: Int
    /// ``units`` times the constraint's weight.
    public var cost: Int
    /// Index into ``PlanningProblem/classes``; `nil` when the penalty is across classes (a lecturer's trip).
    public var classIndex: Int?
    public var justification: String

    public init(constraint: String, units: Int, cost: Int, classIndex: Int?, justification: String) {
        self.constraint = constraint
        self.units = units
        self.cost = cost
        self.classIndex = classIndex
        self.justification = justification
    }

    public var description: String { "\(constraint) \(cost): \(justification)" }
}
