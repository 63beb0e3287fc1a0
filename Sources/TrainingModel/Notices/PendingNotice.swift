import Foundation

/// A notice of the outbox a worker holds to send: who it is for and what it says.
public struct PendingNotice: Sendable, Equatable {
    public var id: Int
    /// `session_reminder`, `session_changed` or `session_cancelled`.
    public var kind: String
    /// Tries made before this one.
    public var attempts: Int
    public var delegateCode: String
    public var delegateName: String
    public var email: String?
    public var reminder: SessionReminder
    /// The session changed again after the notice was written (it has a newer revision), so what it says is out
    /// of date; the change's own notice tells the news.
    public var isSuperseded: Bool

    public init(
        id: Int, kind: String, attempts: Int, delegateCode: String, delegateName: String, email: String?,
        reminder: SessionReminder, isSuperseded: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.attempts = attempts
        self.delegateCode = delegateCode
        self.delegateName = delegateName
        self.email = email
        self.reminder = reminder
        self.isSuperseded = isSuperseded
    }
}

/// The session a notice is about, as the reminder job or the change saw it (the outbox row's payload); a change
/// adds where and when the session was before.
public struct SessionReminder: Sendable, Equatable, Codable {
    public var classCode: String
    public var cohortCode: String
    public var moduleCode: String
    public var moduleTitle: String
    public var startsAt: Date
    public var endsAt: Date
    /// The venue's zone, in which the message states the times.
    public var timeZone: String
    public var roomName: String?
    public var venueName: String?
    public var online: Bool
    public var previousStartsAt: Date?
    public var previousEndsAt: Date?
    public var previousRoomName: String?

    public init(
        classCode: String, cohortCode: String, moduleCode: String, moduleTitle: String, startsAt: Date, endsAt: Date,
        timeZone: String, roomName: String?, venueName: String?, online: Bool, previousStartsAt: Date? = nil,
        previousEndsAt: Date? = nil, previousRoomName: String? = nil
    ) {
        self.classCode = classCode
        self.cohortCode = cohortCode
        self.moduleCode = moduleCode
        self.moduleTitle = moduleTitle
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.timeZone = timeZone
        self.roomName = roomName
        self.venueName = venueName
        self.online = online
        self.previousStartsAt = previousStartsAt
        self.previousEndsAt = previousEndsAt
        self.previousRoomName = previousRoomName
    }
}
