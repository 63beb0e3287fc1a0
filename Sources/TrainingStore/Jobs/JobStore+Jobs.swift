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

    /// Runs `job` for the instant `now` unless another process runs it at this moment; nil when one does.
    ///
    /// The job holds `pg_try_advisory_xact_lock` in a transaction that lasts as long as the job, and records
    /// its run in `job_runs` in that transaction when it finishes: a process that dies drops the lock with
    /// its connection, and the next run does what is left.
    public func run(_ job: BackgroundJob, now: Date) async throws -> JobOutcome? {
        let runner = Self.jobRunner
        let logger = self.logger
        return try await transaction { connection in
            let (first, second) = job.lockKeys
            let (locked, startedAt) = try await connection.query(
                "SELECT pg_try_advisory_xact_lock(\(first), \(second)), clock_timestamp()", logger: logger
            ).collect().first!.decode((Bool, Date).self)
            guard locked else { return nil }
            let changed =
                switch job {
                case .sessionReminders: try await Self.writeReminders(now: now, on: connection, logger: logger)
                case .closeAttendance: try await closeEndedSessions(now: now)
                }
            try await connection.query(
                """
                INSERT INTO job_runs (job, runner, as_of, started_at, finished_at, rows_changed)
                VALUES (\(job.rawValue), \(runner), \(now), \(startedAt), clock_timestamp(), \(changed))
                """, logger: logger)
            return JobOutcome(job: job, runner: runner, asOf: now, rowsChanged: changed)
        }
    }
}
