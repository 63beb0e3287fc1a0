/// A conference with its programme and the bodies it invited, as `conferences show` tells it.
public struct ConferenceDetail: Sendable, Equatable, Encodable {
    /// A session of the programme, numbered from 1 in the order it was added.
    public struct Session: Sendable, Equatable, Encodable {
        public var number: Int
        public var title: String
        public var speaker: String?
        /// `YYYY-MM-DD`, in Vietnam's time.
        public var day: String
        /// `HH:MM`.
        public var starts: String
        public var ends: String

        public init(number: Int, title: String, speaker: String?, day: String, starts: String, ends: String) {
            self.number = number
            self.title = title
            self.speaker = speaker
            self.day = day
            self.starts = starts
            self.ends = ends
        }
    }

    /// An invited body (the HĐND of a province, whose standing committee attends) and its seats.
    public struct Invitation: Sendable, Equatable, Encodable {
        public var provinceCode: String
        public var body: String
        /// `nil`: no limit.
        public var seats: Int?
        public var registered: Int

        public init(provinceCode: String, body: String, seats: Int?, registered: Int) {
            self.provinceCode = provinceCode
            self.body = body
            self.seats = seats
            self.registered = registered
        }
    }

    public var summary: ConferenceSummary
    public var sessions: [Session]
    public var invitations: [Invitation]

    public init(summary: ConferenceSummary, sessions: [Session], invitations: [Invitation]) {
        self.summary = summary
        self.sessions = sessions
        self.invitations = invitations
    }
}
