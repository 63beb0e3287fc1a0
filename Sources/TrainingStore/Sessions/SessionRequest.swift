public import TrainingModel

/// A session staff add by hand (`ttbd sessions add`); the planner leaves it where it is (pinned).
public struct SessionRequest: Sendable {
    public var classCode: String
    /// `nil`: the class's only cohort.
    public var cohortCode: String?
    public var moduleCode: String
    /// The local day at the class's venue.
    public var date: CalendarDate
    public var times: SessionTimes
    public var roomCode: String?
    public var lecturerCodes: [String]

    public init(
        classCode: String, cohortCode: String? = nil, moduleCode: String, date: CalendarDate, times: SessionTimes,
        roomCode: String? = nil, lecturerCodes: [String] = []
    ) {
        self.classCode = classCode
        self.cohortCode = cohortCode
        self.moduleCode = moduleCode
        self.date = date
        self.times = times
        self.roomCode = roomCode
        self.lecturerCodes = lecturerCodes
    }
}

/// Where `ttbd sessions move` takes a session; what is `nil` stays as it was.
public struct SessionMove: Sendable {
    public var date: CalendarDate?
    public var times: SessionTimes?
    public var roomCode: String?

    public init(date: CalendarDate? = nil, times: SessionTimes? = nil, roomCode: String? = nil) {
        self.date = date
        self.times = times
        self.roomCode = roomCode
    }
}
