/// What a notice tells a delegate; the raw values are the outbox's `kind`.
public enum NoticeKind: String, Sendable, Codable, CaseIterable {
    /// The day before a session.
    case sessionReminder = "session_reminder"
    /// A session moved to another time or room.
    case sessionChanged = "session_changed"
    case sessionCancelled = "session_cancelled"
    /// A seat in a class.
    case enrolled
    /// A place on a class's wait list.
    case waitlisted
    /// A wait-list place turned into a seat.
    case promoted
    /// A seat or wait-list place given up, or taken away with the class.
    case withdrawn
    case certificateIssued = "certificate_issued"
    /// A survey round the delegate may answer has opened (migration 0041).
    case surveyOpened = "survey_opened"
    /// The round closes within days and the delegate has not answered it.
    case surveyClosing = "survey_closing"
}
