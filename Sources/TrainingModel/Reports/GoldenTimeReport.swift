/// The golden-time tracker (thời gian vàng): the first-time delegates of a term and how far each
/// province's are with their induction program, against the day the term wants them inducted by.
public struct GoldenTimeReport: Sendable, Codable {
    /// One province's first-time delegates, each counted once, by their furthest step; the total line has
    /// the key `total`.
    public struct Line: Hashable, Sendable, Codable {
        public var provinceCode: String
        public var provinceName: String
        public var firstTimeDelegates: Int
        /// No program of the term (or not the one named) is meant for them.
        public var withoutProgram: Int
        /// Neither enrolled nor wait-listed in a class of their induction program, nor trained in it.
        public var notEnrolled: Int
        /// Only wait-listed: no seat yet.
        public var waitlisted: Int
        /// Holding a seat, not trained yet.
        public var inProgress: Int
        /// Completed a class of their induction program.
        public var trained: Int

        public init(
            provinceCode: String, provinceName: String, firstTimeDelegates: Int, withoutProgram: Int,
            notEnrolled: Int, waitlisted: Int, inProgress: Int, trained: Int
        ) {
            self.provinceCode = provinceCode
            self.provinceName = provinceName
            self.firstTimeDelegates = firstTimeDelegates
            self.withoutProgram = withoutProgram
            self.notEnrolled = notEnrolled
            self.waitlisted = waitlisted
            self.inProgress = inProgress
            self.trained = trained
        }

        /// A province's line from the step of each of its first-time delegates.
        public init(provinceCode: String, provinceName: String, steps: [InductionStep]) {
            self.init(
                provinceCode: provinceCode, provinceName: provinceName, firstTimeDelegates: steps.count,
                withoutProgram: steps.count(where: { $0 == .withoutProgram }),
                notEnrolled: steps.count(where: { $0 == .notEnrolled }),
                waitlisted: steps.count(where: { $0 == .waitlisted }),
                inProgress: steps.count(where: { $0 == .inProgress }), trained: steps.count(where: { $0 == .trained }))
        }
    }

    public var term: String
    /// The induction program named with `--program`; `nil` when each delegate's is the term's program for
    /// first-time delegates like them.
    public var program: String?
    public var today: CalendarDate
    /// The term's `induction_ends_on`, if it has one.
    public var inductionEndsOn: CalendarDate?
    /// Days from `today` to `inductionEndsOn`; negative once it has passed.
    public var daysLeft: Int?
    public var provinces: [Line]
    public var total: Line

    public init(
        term: String, program: String?, today: CalendarDate, inductionEndsOn: CalendarDate?, daysLeft: Int?,
        provinces: [Line]
    ) {
        self.term = term
        self.program = program
        self.today = today
        self.inductionEndsOn = inductionEndsOn
        self.daysLeft = daysLeft
        self.provinces = provinces
        total = Line(
            provinceCode: "total", provinceName: "Tổng cộng",
            firstTimeDelegates: provinces.map(\.firstTimeDelegates).reduce(0, +),
            withoutProgram: provinces.map(\.withoutProgram).reduce(0, +),
            notEnrolled: provinces.map(\.notEnrolled).reduce(0, +),
            waitlisted: provinces.map(\.waitlisted).reduce(0, +),
            inProgress: provinces.map(\.inProgress).reduce(0, +),
            trained: provinces.map(\.trained).reduce(0, +))
    }
}
