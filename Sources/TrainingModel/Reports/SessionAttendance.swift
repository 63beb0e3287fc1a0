/// One session a delegate is expected at, and how they were marked: a line of `report attendance --delegate`.
public struct SessionAttendance: Hashable, Sendable, Codable {
    public var classCode: String
    /// The day in the venue's zone.
    public var date: CalendarDate
    public var halfDay: HalfDay
    /// Local start and end, `HH:MM`.
    public var starts: String
    public var ends: String
    public var moduleCode: String
    /// `planned` or `held`.
    public var sessionStatus: SessionStatus
    /// `nil` when unmarked.
    public var attendance: AttendanceStatus?

    public init(
        classCode: String, date: CalendarDate, halfDay: HalfDay, starts: String, ends: String, moduleCode: String,
        sessionStatus: SessionStatus, attendance: AttendanceStatus?
    ) {
        self.classCode = classCode
        self.date = date
        self.halfDay = halfDay
        self.starts = starts
        self.ends = ends
        self.moduleCode = moduleCode
        self.sessionStatus = sessionStatus
        self.attendance = attendance
    }
}
