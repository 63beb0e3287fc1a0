/// What a conference gathered: per invited province, and per session of its programme, with totals.
public struct ConferenceReport: Sendable, Equatable, Encodable {
    /// One invited body: whether it registered anyone and how many of them attended at least one session.
    public struct Province: Sendable, Equatable, Encodable {
        public var provinceCode: String
        public var body: String
        public var seats: Int?
        public var registered: Int
        public var attended: Int

        public init(provinceCode: String, body: String, seats: Int?, registered: Int, attended: Int) {
            self.provinceCode = provinceCode
            self.body = body
            self.seats = seats
            self.registered = registered
            self.attended = attended
        }
    }

    /// One session: how many registered delegates and how many bodies were present.
    public struct Session: Sendable, Equatable, Encodable {
        public var number: Int
        public var title: String
        public var attended: Int
        public var bodiesPresent: Int

        public init(number: Int, title: String, attended: Int, bodiesPresent: Int) {
            self.number = number
            self.title = title
            self.attended = attended
            self.bodiesPresent = bodiesPresent
        }
    }

    /// Bodies invited, bodies that registered someone, bodies with someone present; and delegates.
    public struct Totals: Sendable, Equatable, Encodable {
        public var bodiesInvited: Int
        public var bodiesRegistered: Int
        public var bodiesAttended: Int
        public var delegatesRegistered: Int
        public var delegatesAttended: Int

        public init(
            bodiesInvited: Int, bodiesRegistered: Int, bodiesAttended: Int, delegatesRegistered: Int,
            delegatesAttended: Int
        ) {
            self.bodiesInvited = bodiesInvited
            self.bodiesRegistered = bodiesRegistered
            self.bodiesAttended = bodiesAttended
            self.delegatesRegistered = delegatesRegistered
            self.delegatesAttended = delegatesAttended
        }
    }

    public var conference: String
    public var provinces: [Province]
    public var sessions: [Session]
    public var totals: Totals

    public init(conference: String, provinces: [Province], sessions: [Session], totals: Totals) {
        self.conference = conference
        self.provinces = provinces
        self.sessions = sessions
        self.totals = totals
    }
}

extension ConferenceReport.Totals {
    /// The totals of the invited bodies' lines: a delegate belongs to one body, so the sums count each once.
    public init(_ provinces: [ConferenceReport.Province]) {
        self.init(
            bodiesInvited: provinces.count, bodiesRegistered: provinces.count { $0.registered > 0 },
            bodiesAttended: provinces.count { $0.attended > 0 },
            delegatesRegistered: provinces.reduce(0) { $0 + $1.registered },
            delegatesAttended: provinces.reduce(0) { $0 + $1.attended })
    }
}
