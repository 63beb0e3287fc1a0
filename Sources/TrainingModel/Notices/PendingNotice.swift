import Foundation

/// A notice of the outbox a worker holds to send: who it is for and what it says.
public struct PendingNotice: Sendable, Equatable {
    public var id: Int
    /// `session_reminder` (the only kind so far).
    public var kind: String
    /// Tries made before this one.
    public var attempts: Int
    public var delegateCode: String
    public var delegateName: String
    public var email: String?
    public var reminder: SessionReminder

    public init(
        id: Int, kind: String, attempts: Int, delegateCode: String, delegateName: String, email: String?,
        reminder: SessionReminder
    ) {
        self.id = id
        self.kind = kind
        self.attempts = attempts
        self.delegateCode = delegateCode
        self.delegateName = delegateName
        self.email = email
        self.reminder = reminder
    }
}

/// The session a reminder is about, as the reminder job saw it (the outbox row's payload).
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

    public init(
        classCode: String, cohortCode: String, moduleCode: String, moduleTitle: String, startsAt: Date, endsAt: Date,
        timeZone: String, roomName: String?, venueName: String?, online: Bool
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
    }
}
