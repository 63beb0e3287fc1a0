import Foundation

/// A notice of the outbox a worker holds to send: who it is for and what it says.
public struct PendingNotice: Sendable, Equatable {
    /// What a notice is about: a session (a reminder or a change), the delegate's place in a class, or a survey
    /// round to answer.
    public enum About: Sendable, Equatable {
        case session(SessionReminder)
        case place(ClassNews)
        case survey(SurveyNews)
    }

    public var id: Int
    public var kind: NoticeKind
    /// Tries made before this one.
    public var attempts: Int
    public var recipient: NoticeRecipient
    public var about: About
    /// The session changed again after the notice was written (it has a newer revision), so what it says is out
    /// of date; the change's own notice tells the news. For a survey notice: the round is gone (its class
    /// cancelled).
    public var isSuperseded: Bool

    public init(
        id: Int, kind: NoticeKind, attempts: Int, recipient: NoticeRecipient, about: About, isSuperseded: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.attempts = attempts
        self.recipient = recipient
        self.about = about
        self.isSuperseded = isSuperseded
    }

    /// Why the notice is of no use any more, if it is not: a session notice once the session has begun, a
    /// notice about a class once the class has ended, a survey notice once its round has closed, a superseded one.
    public func staleness(at now: Date) -> String? {
        switch about {
        case .session(let session):
            if session.startsAt <= now { return "the session began before the notice could be sent" }
            if isSuperseded { return "the session changed after this notice was written; the change's notice tells it" }
        case .place(let news):
            if kind != .certificateIssued, news.endsOn < CalendarDate(now, in: "Asia/Ho_Chi_Minh") {
                return "the class ended before the notice could be sent"
            }
        case .survey(let round):
            if isSuperseded { return "the survey round is gone: its class was cancelled" }
            if round.closesOn < CalendarDate(now, in: "Asia/Ho_Chi_Minh") {
                return "the survey closed before the notice could be sent"
            }
        }
        return nil
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
