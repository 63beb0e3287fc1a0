/// The attendance report of one class: each seated delegate's marks and whether they meet the program's
/// completion rule today, and the class's totals.
public struct ClassAttendance: Sendable, Codable {
    /// One seated delegate's line.
    public struct Line: Hashable, Sendable, Codable {
        public var delegateCode: String
        public var fullName: String
        public var cohort: String?
        public var counts: AttendanceCounts
        /// The completion rule as `enrollment_progress.completes` evaluates it over the sessions held so far.
        public var meetsCompletionRule: Bool

        public init(
            delegateCode: String, fullName: String, cohort: String?, counts: AttendanceCounts,
            meetsCompletionRule: Bool
        ) {
            self.delegateCode = delegateCode
            self.fullName = fullName
            self.cohort = cohort
            self.counts = counts
            self.meetsCompletionRule = meetsCompletionRule
        }
    }

    /// The class as a whole: every delegate's counts added up.
    public struct Total: Hashable, Sendable, Codable {
        public var delegates: Int
        public var counts: AttendanceCounts
        public var meetingCompletionRule: Int
    }

    public var classCode: String
    public var curriculumCode: String
    public var delegates: [Line]
    public var total: Total

    public init(classCode: String, curriculumCode: String, delegates: [Line]) {
        self.classCode = classCode
        self.curriculumCode = curriculumCode
        self.delegates = delegates
        total = Total(
            delegates: delegates.count, counts: delegates.map(\.counts).reduce(.zero, +),
            meetingCompletionRule: delegates.count(where: \.meetsCompletionRule))
    }
}
