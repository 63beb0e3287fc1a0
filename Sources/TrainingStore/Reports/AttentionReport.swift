public import TrainingModel

/// A session on the dashboard: today's, or an upcoming one that has no lecturer.
public struct DashboardSession: Sendable, Equatable {
    public var id: Int
    public var classCode: String
    public var cohortCode: String
    public var moduleCode: String
    /// The local day and times at its venue.
    public var date: CalendarDate
    public var start: String
    public var end: String
    public var room: String?
}

/// A class still planned, open or running after its last day.
public struct OverdueClass: Sendable, Equatable {
    public var code: String
    public var endsOn: CalendarDate
    public var status: String
}

/// What needs staff's attention (issue 16's dashboard): each list is the first few, each count is whole.
public struct AttentionReport: Sendable, Equatable {
    public var overdueClasses: [OverdueClass]
    public var overdueClassCount: Int
    public var sessionsWithoutLecturer: [DashboardSession]
    public var sessionsWithoutLecturerCount: Int
    /// Notices that failed for good (the address refused them, or every attempt failed).
    public var failedNotices: Int

    public var isEmpty: Bool {
        overdueClassCount == 0 && sessionsWithoutLecturerCount == 0 && failedNotices == 0
    }
}
