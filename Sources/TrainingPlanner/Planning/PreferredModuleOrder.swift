public import TrainingModel

/// A class whose modules the planner takes in another order than the program's because of the months people
/// asked for (``PlanningProblem/monthPreferences``): why a module went earlier, for staff.
public struct PreferredModuleOrder: Sendable {
    /// Index into ``PlanningProblem/classes``.
    public var classIndex: Int
    /// The class's module codes in the order the planner took them.
    public var modules: [String]
    /// "class B-HN-01 takes module B02 before B01: …", worded in the reader's language.
    public var wording: Message

    public init(classIndex: Int, modules: [String], wording: Message) {
        self.classIndex = classIndex
        self.modules = modules
        self.wording = wording
    }
}
