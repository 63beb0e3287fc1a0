public import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO

extension JobStore {
    /// How long after a session ends the close-attendance job closes it: the rest of the day for staff to
    /// mark or import check-ins first.
    public static let attendanceGrace: TimeInterval = 12 * 3600

    /// This process, as `job_runs` names it: `host:pid`.
    static let jobRunner = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"

    /// Runs `job` for the instant `now` unless another process runs it at this moment, or (with `interval`) one
    /// started it less than `interval` ago by the database's clock; nil when it is not run. Without the second
    /// rule, two processes ticking out of step ran each job about twice per interval.
    public func run(_ job: BackgroundJob, now: Date, unlessRunWithin interval: Duration? = nil) async throws
        -> JobOutcome?
    {
        try await withJobLock(job.lockKeys) { connection, startedAt in
            if let interval, try await Self.ranRecently(job.rawValue, within: interval, on: connection, logger: logger)
            {
                return nil
            }
            let changed =
                switch job {
                case .sessionReminders: try await Self.writeReminders(now: now, on: connection, logger: logger)
                case .closeAttendance: try await closeEndedSessions(now: now)
                case .forgetConsoleSessions:
                    try await Self.forgetConsoleSessions(now: now, on: connection, logger: logger)
                case .openExpiredReservations:
                    try await Self.openExpiredReservations(now: now, on: connection, logger: logger)
                case .surveyNotices: try await Self.writeSurveyNotices(now: now, on: connection, logger: logger)
                }
            try await record(job.rawValue, asOf: now, startedAt: startedAt, rowsChanged: changed, on: connection)
            return JobOutcome(job: job, runner: Self.jobRunner, asOf: now, rowsChanged: changed)
        }
    }

    /// Runs `work` with the instant it started, in a transaction that holds the transaction-level advisory lock
    /// `keys` for as long as the work lasts; nil, without running it, while another process holds the lock.
    ///
    /// A job records its run in `job_runs` in that transaction when it finishes: a process that dies drops the
    /// lock with its connection, and the next run does what is left.
    func withJobLock<Result: Sendable>(
        _ keys: (Int32, Int32), _ work: (PostgresConnection, Date) async throws -> Result?
    ) async throws -> Result? {
        let logger = self.logger
        return try await transaction { connection in
            let (locked, startedAt) = try await connection.query(
                "SELECT pg_try_advisory_xact_lock(\(keys.0), \(keys.1)), clock_timestamp()", logger: logger
            ).collect().first!.decode((Bool, Date).self)
            guard locked else { return nil }
            return try await work(connection, startedAt)
        }
    }

    /// Whether a run of `job` started less than `interval` ago (`job_runs_by_job` finds the latest at once).
    static func ranRecently(_ job: String, within interval: Duration, on connection: PostgresConnection, logger: Logger)
        async throws -> Bool
    {
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        return try await connection.query(
            """
            SELECT coalesce(clock_timestamp() - max(started_at) < make_interval(secs => \(seconds)), false)
            FROM job_runs WHERE job = \(job)
            """, logger: logger
        ).collect().first!.decode(Bool.self)
    }

    /// Writes the row of one run into `job_runs`, with what it made or, when `failed`, why.
    func record(
        _ job: String, asOf now: Date, startedAt: Date, rowsChanged: Int, detail: String? = nil,
        failed: Bool = false, on connection: PostgresConnection
    ) async throws {
        try await connection.query(
            """
            INSERT INTO job_runs (job, runner, as_of, started_at, finished_at, rows_changed, outcome, detail)
            VALUES (\(job), \(Self.jobRunner), \(now), \(startedAt), clock_timestamp(), \(rowsChanged),
                    \(failed ? "failed" : "succeeded"), \(detail))
            """, logger: logger)
    }
}

extension JobStore {
    /// Deletes the console sessions that ended by `now` and the uploads left unapplied past their day, and says
    /// how many.
    static func forgetConsoleSessions(now: Date, on connection: PostgresConnection, logger: Logger) async throws -> Int
    {
        try await connection.query(
            """
            WITH sessions AS (DELETE FROM console_sessions WHERE expires_at <= \(now) RETURNING 1),
                 uploads AS (DELETE FROM console_uploads WHERE expires_at <= \(now) RETURNING 1)
            SELECT ((SELECT count(*) FROM sessions) + (SELECT count(*) FROM uploads))::int
            """, logger: logger
        ).collect().first?.decode(Int.self) ?? 0
    }
}
