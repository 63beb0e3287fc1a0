public import TrainingModel

/// A class to open (lớp bồi dưỡng): one delivery of a program, or of some of its modules, at a venue or
/// online, within a window of days.
public struct NewClass: Sendable {
    public var code: String
    public var program: String
    /// Empty: the whole program.
    public var modules: [String]
    public var capacity: Int
    /// `nil`: online.
    public var venue: String?
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    /// Who the class is for, on top of the program's audience.
    public var audience: Audience
    /// Cohorts N1…Nk to create.
    public var cohorts: Int

    public init(
        code: String, program: String, modules: [String] = [], capacity: Int, venue: String?,
        startsOn: CalendarDate, endsOn: CalendarDate, audience: Audience = Audience(), cohorts: Int = 1
    ) {
        self.code = code
        self.program = program
        self.modules = modules
        self.capacity = capacity
        self.venue = venue
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.audience = audience
        self.cohorts = cohorts
    }
}
