/// What marking an online module done from Moodle's completion report did (or, in a dry run, would do).
public struct OnlineCompletionResult: Sendable, Encodable {
    public var module: String
    /// Users of the report, and those of them who completed the course.
    public var users: Int
    public var completed: Int
    /// The classes whose delegates were marked, by code.
    public var classes: [String]
    /// Present marks at the module's sessions: new, raised to present, already present.
    public var marks: ChangeCounts
    public var dryRun: Bool
}
