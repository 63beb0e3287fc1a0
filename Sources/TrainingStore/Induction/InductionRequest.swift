public import TrainingModel
public import TrainingPlanner

/// What `ttbd plan induction` asks: classes of `program` for the first-time delegates of `term` still to train,
/// meeting from `startsOn` to `endsOn`, at most `classSize` delegates each, all scheduled.
public struct InductionRequest: Sendable {
    public var program: String
    public var term: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var classSize: Int
    /// Provinces whose classes meet online: no venue, no room, one cohort a class.
    public var onlineProvinces: Set<String>
    /// Everything computed and shown, nothing kept.
    public var dryRun: Bool
    /// How long the planner may search.
    public var timeLimit: Duration
    public var seed: UInt64
    /// The months people asked for each module in: in each province's classes the modules asked for earlier go
    /// first (``MonthPreferences``); none by default.
    public var monthPreferences = MonthPreferences()
    /// What one request for an earlier month costs the plan (``PlanningOptions/monthPreferenceWeight``).
    public var monthPreferenceWeight = 1

    public init(
        program: String, term: String, startsOn: CalendarDate, endsOn: CalendarDate, classSize: Int,
        onlineProvinces: Set<String> = [], dryRun: Bool = false, timeLimit: Duration = .seconds(30), seed: UInt64 = 1
    ) {
        self.program = program
        self.term = term
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.classSize = classSize
        self.onlineProvinces = onlineProvinces
        self.dryRun = dryRun
        self.timeLimit = timeLimit
        self.seed = seed
    }
}
