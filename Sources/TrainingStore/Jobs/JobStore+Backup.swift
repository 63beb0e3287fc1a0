public import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension JobStore {
    /// The backup job's advisory lock: ttbd's jobs, then "back".
    static let backupLockKeys: (Int32, Int32) = (0x7474_6264, 0x6261_636B)

    /// Backs the database up into the schedule's folder as of `now` and prunes the folder to the schedule's
    /// count, recording the run (written or failed) in `job_runs`; nil when the backup is not due or another
    /// process is making it.
    ///
    /// Every `ttbd serve` on the database checks at each run of the jobs, and the one that finds the backup
    /// due under the lock makes it, so several processes still make one backup per interval.
    public func runBackup(_ schedule: BackupSchedule, now: Date) async throws -> BackupJobOutcome? {
        try await withJobLock(Self.backupLockKeys) { connection, startedAt in
            guard try await backupIsDue(schedule, now: now, on: connection) else { return nil }
            let archive = schedule.folder.archivePath(at: now)
            do {
                let manifest = try await database.backUp(to: archive, tools: schedule.tools, now: now)
                let pruned = try schedule.folder.prune(keeping: schedule.keep)
                try await record(
                    "backup", asOf: now, startedAt: startedAt, rowsChanged: manifest.rows, detail: archive,
                    on: connection)
                return .written(archive: archive, manifest: manifest, pruned: pruned)
            } catch {
                let reason = (error as? any UserFacingError)?.description ?? DatabaseFailure.summary(of: error)
                try await record(
                    "backup", asOf: now, startedAt: startedAt, rowsChanged: 0, detail: reason, failed: true,
                    on: connection)
                return .failed(reason)
            }
        }
    }

    /// Due when no backup succeeded within the interval before `now`. After a failure the next try waits an
    /// hour (or the interval, if shorter), so a lasting fault such as a full disk is not retried at every run
    /// of the jobs.
    private func backupIsDue(_ schedule: BackupSchedule, now: Date, on connection: PostgresConnection) async throws
        -> Bool
    {
        let lastSuccess = now.addingTimeInterval(-schedule.seconds)
        let lastFailure = now.addingTimeInterval(-min(schedule.seconds, 3600))
        return try await connection.query(
            """
            SELECT NOT EXISTS (
                SELECT 1 FROM job_runs
                WHERE job = 'backup'
                  AND as_of > CASE outcome WHEN 'succeeded' THEN \(lastSuccess) ELSE \(lastFailure) END)
            """, logger: logger
        ).collect().first!.decode(Bool.self)
    }
}
