import PostgresInfrastructure

/// Work the service does by itself on a timer. Each job may run in any number of `ttbd serve` processes
/// on one database: an advisory lock lets one of them at a time do it, and each job is safe to run again.
public enum BackgroundJob: String, Sendable, CaseIterable {
    /// Writes a reminder to the outbox for every seated delegate of a session starting within the next day.
    case sessionReminders = "session-reminders"
    /// Closes the sessions that ended (``Database/attendanceGrace`` ago) and are still planned, as
    /// `ttbd attendance close` does: unmarked delegates become absent and the session counts as held.
    case closeAttendance = "close-attendance"
    /// Forgets the console's sessions that have ended, so `console_sessions` holds live browsers only.
    case forgetConsoleSessions = "forget-console-sessions"
    /// Seats the wait-listed delegates who may take the seats a reservation held until yesterday (migration 0039).
    case openExpiredReservations = "open-expired-reservations"
    /// Tells each delegate who may answer an open survey round, once, that it is open, and reminds those who have
    /// not answered it, once, as it nears its last day (migration 0041).
    case surveyNotices = "survey-notices"

    /// The two keys of the job's transaction-level advisory lock: ttbd's jobs, then this job.
    var lockKeys: (Int32, Int32) {
        (0x7474_6264, Int32(Self.allCases.firstIndex(of: self)!))
    }
}
