public import Foundation

/// A session with everything a timetable prints: the session as `sessions list` shows it (local date and
/// times in its venue's zone), plus the module's title, the exact instants for calendars, and the names of
/// the room, the venue and the lecturers.
public struct ScheduledSession: Sendable, Equatable {
    public var session: SessionRecord
    public var moduleTitle: String
    /// The instants the session starts and ends, for iCalendar's UTC times.
    public var startsAt: Date
    public var endsAt: Date
    public var roomName: String?
    public var venueName: String?
    /// Full names, in the order of `session.lecturers`.
    public var lecturerNames: [String]

    public init(
        session: SessionRecord, moduleTitle: String, startsAt: Date, endsAt: Date, roomName: String?,
        venueName: String?, lecturerNames: [String]
    ) {
        self.session = session
        self.moduleTitle = moduleTitle
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.roomName = roomName
        self.venueName = venueName
        self.lecturerNames = lecturerNames
    }

    /// The local day.
    public var date: CalendarDate {
        CalendarDate(parsing: session.date)!
    }

    public var isCancelled: Bool {
        session.status == .cancelled
    }

    /// Timetables list sessions by start, then class, cohort and id.
    public static func timetableOrder(_ a: ScheduledSession, _ b: ScheduledSession) -> Bool {
        (a.startsAt, a.session.classCode, a.session.cohortCode, a.session.id)
            < (b.startsAt, b.session.classCode, b.session.cohortCode, b.session.id)
    }
}

extension ScheduledSession: Codable {
    private enum CodingKeys: String, CodingKey {
        case moduleTitle, startsAt, endsAt, roomName, venueName, lecturerNames
    }

    /// The fields of `sessions list --format json`, and the extra ones beside them.
    public func encode(to encoder: any Encoder) throws {
        try session.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(moduleTitle, forKey: .moduleTitle)
        try container.encode(startsAt, forKey: .startsAt)
        try container.encode(endsAt, forKey: .endsAt)
        try container.encode(roomName, forKey: .roomName)
        try container.encode(venueName, forKey: .venueName)
        try container.encode(lecturerNames, forKey: .lecturerNames)
    }

    /// Reads what ``encode(to:)`` writes, as the service sends it to `ttbd me schedule`.
    public init(from decoder: any Decoder) throws {
        session = try SessionRecord(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        moduleTitle = try container.decode(String.self, forKey: .moduleTitle)
        startsAt = try container.decode(Date.self, forKey: .startsAt)
        endsAt = try container.decode(Date.self, forKey: .endsAt)
        roomName = try container.decodeIfPresent(String.self, forKey: .roomName)
        venueName = try container.decodeIfPresent(String.self, forKey: .venueName)
        lecturerNames = try container.decode([String].self, forKey: .lecturerNames)
    }
}
