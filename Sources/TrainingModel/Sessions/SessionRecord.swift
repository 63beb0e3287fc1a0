/// A session as people read it: in the local time of its class's venue.
public struct SessionRecord: Sendable, Equatable, Codable {
    public var id: Int
    public var classCode: String
    public var cohortCode: String
    public var moduleCode: String
    /// Local date, `YYYY-MM-DD`.
    public var date: String
    public var halfDay: HalfDay
    /// Local times, `HH:MM`.
    public var start: String
    public var end: String
    /// `VENUE/ROOM`.
    public var room: String?
    /// Lecturer codes.
    public var lecturers: [String]
    public var status: SessionStatus
    public var revision: Int
    public var pinned: Bool

    public init(
        id: Int, classCode: String, cohortCode: String, moduleCode: String, date: String, halfDay: HalfDay,
        start: String, end: String, room: String?, lecturers: [String], status: SessionStatus, revision: Int,
        pinned: Bool
    ) {
        self.id = id
        self.classCode = classCode
        self.cohortCode = cohortCode
        self.moduleCode = moduleCode
        self.date = date
        self.halfDay = halfDay
        self.start = start
        self.end = end
        self.room = room
        self.lecturers = lecturers
        self.status = status
        self.revision = revision
        self.pinned = pinned
    }

    /// `session 12 (class B-HN-01 N1, module B01, 2026-05-04 morning 07:30–11:30, room HN/P1, lecturer GV1)`:
    /// enough for a person to find it on the timetable.
    public var summary: String { wording.description }

    public var wording: Message {
        var parts: [Message] = [
            "class \(classCode) \(cohortCode)", "module \(moduleCode)",
            "\(day: date) \(halfDay.wording) \(start)–\(end)",
        ]
        if let room { parts.append("room \(room)") }
        let names = lecturers.joined(separator: ", ")
        if !lecturers.isEmpty { parts.append(lecturers.count == 1 ? "lecturer \(names)" : "lecturers \(names)") }
        return "session \(id) (\(Message.joined(parts, separator: ", ")))"
    }
}
