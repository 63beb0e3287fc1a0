public import TrainingModel

/// One penalty a constraint gives a plan, with why: the class, cohort, module, half-day and resources involved.
public struct PlanningPenalty: Hashable, Sendable, CustomStringConvertible {
    /// The name of the constraint that gives it.
    public var constraint: Message
    /// Units of the rule broken: half-days late, days away, sessions moved, …
    public var units: Int
    /// ``units`` times the constraint's weight.
    public var cost: Int
    /// Index into ``PlanningProblem/classes``; `nil` when the penalty is across classes (a lecturer's trip).
    public var classIndex: Int?
    /// Why, worded in the reader's language.
    public var wording: Message

    public init(constraint: Message, units: Int, cost: Int, classIndex: Int?, wording: Message) {
        self.constraint = constraint
        self.units = units
        self.cost = cost
        self.classIndex = classIndex
        self.wording = wording
    }

    /// Why, in English: for logs and scripts.
    public var justification: String { wording.description }

    public var description: String { "\(constraint) \(cost): \(justification)" }
}
