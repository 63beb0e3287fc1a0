/// A class as lists show it: where and when, and how full.
public struct ClassSummary: Sendable, Equatable, Encodable {
    public var code: String
    public var program: String
    /// The venue's code; `nil` online.
    public var venue: String?
    public var online: Bool
    /// `YYYY-MM-DD`.
    public var startsOn: String
    public var endsOn: String
    public var capacity: Int
    /// Seats taken (enrolled or completed).
    public var enrolled: Int
    public var waitlisted: Int
    public var status: String

    public init(
        code: String, program: String, venue: String?, online: Bool, startsOn: String, endsOn: String, capacity: Int,
        enrolled: Int, waitlisted: Int, status: String
    ) {
        self.code = code
        self.program = program
        self.venue = venue
        self.online = online
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.capacity = capacity
        self.enrolled = enrolled
        self.waitlisted = waitlisted
        self.status = status
    }
}

/// A class with everything `classes show` tells: its program, cohorts, modules, sessions and attendance.
public struct ClassDetail: Sendable, Equatable, Encodable {
    public struct Cohort: Sendable, Equatable, Encodable {
        public var code: String
        /// Seated members.
        public var members: Int

        public init(code: String, members: Int) {
            self.code = code
            self.members = members
        }
    }

    public struct Sessions: Sendable, Equatable, Encodable {
        public var planned: Int
        public var held: Int
        public var cancelled: Int

        public init(planned: Int, held: Int, cancelled: Int) {
            self.planned = planned
            self.held = held
            self.cancelled = cancelled
        }
    }

    public var summary: ClassSummary
    public var programTitle: String
    public var venueName: String?
    public var audience: [String]
    public var cohorts: [Cohort]
    /// In teaching order.
    public var modules: [String]
    public var sessions: Sessions
    /// Over held sessions, from `enrollment_progress`: sessions attended (present or late) and expected.
    public var attendedSessions: Int
    public var expectedSessions: Int
    /// The seats it holds for provinces and bodies (chỗ dành riêng).
    public var reservations: [SeatReservation] = []

    public init(
        summary: ClassSummary, programTitle: String, venueName: String?, audience: [String], cohorts: [Cohort],
        modules: [String], sessions: Sessions, attendedSessions: Int, expectedSessions: Int
    ) {
        self.summary = summary
        self.programTitle = programTitle
        self.venueName = venueName
        self.audience = audience
        self.cohorts = cohorts
        self.modules = modules
        self.sessions = sessions
        self.attendedSessions = attendedSessions
        self.expectedSessions = expectedSessions
    }

    /// attended / expected; `nil` before any session is held.
    public var attendanceRate: Double? {
        expectedSessions == 0 ? nil : Double(attendedSessions) / Double(expectedSessions)
    }

    private enum CodingKeys: String, CodingKey {
        case programTitle, venueName, audience, cohorts, modules, sessions, reservations, attendedSessions,
            expectedSessions, attendanceRate
    }

    /// The summary's fields and the details side by side, as one JSON object.
    public func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(programTitle, forKey: .programTitle)
        try container.encode(venueName, forKey: .venueName)
        try container.encode(audience, forKey: .audience)
        try container.encode(cohorts, forKey: .cohorts)
        try container.encode(modules, forKey: .modules)
        try container.encode(sessions, forKey: .sessions)
        try container.encode(reservations, forKey: .reservations)
        guard !aggregatesWithheld else { return }
        try container.encode(attendedSessions, forKey: .attendedSessions)
        try container.encode(expectedSessions, forKey: .expectedSessions)
        try container.encode(attendanceRate, forKey: .attendanceRate)
    }

    /// Fewer seated delegates than this, and a class's attendance totals are not shown to its delegates: in a
    /// class of two, the totals and one's own marks give away the other's.
    public static let smallestGroupForTotals = 5

    /// Left out of the JSON: the attendance totals (``smallestGroupForTotals``).
    public var aggregatesWithheld = false

    /// This detail as a delegate of the class may see it.
    public var forAMember: ClassDetail {
        var detail = self
        detail.aggregatesWithheld = summary.enrolled < Self.smallestGroupForTotals
        return detail
    }
}
