import Foundation
import Logging
import PostgresInfrastructure
import ServiceLifecycle
import TrainingOperations
import TrainingStore

/// Runs every background job once per interval for as long as the service runs, and with a backup schedule
/// checks at each run whether a backup is due. Other `ttbd serve` processes on the same database may run the
/// same schedule: the store's advisory lock lets one of them do each run, and the others skip it.
public struct JobScheduler: Service {
    let database: Database
    let interval: Duration
    let backups: BackupSchedule?
    let now: @Sendable () -> Date
    let logger: Logger
    let metrics: ServiceMetrics?

    public init(
        database: Database, interval: Duration, backups: BackupSchedule?, now: @escaping @Sendable () -> Date,
        logger: Logger, metrics: ServiceMetrics? = nil
    ) {
        self.metrics = metrics
        self.database = database
        self.interval = interval
        self.backups = backups
        self.now = now
        self.logger = logger
    }

    /// Stops at the service's graceful shutdown; a run cut short rolls back, and the next start redoes it. The
    /// what-ifs tick apart from the other jobs, since one takes minutes.
    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            try await withThrowingDiscardingTaskGroup { group in
                group.addTask {
                    while true {
                        await runAll()
                        try await Task.sleep(for: interval)
                    }
                }
                group.addTask {
                    while true {
                        await runWhatIfs()
                        try await Task.sleep(for: interval)
                    }
                }
            }
        }
    }

    /// Plans the what-ifs waiting, one at a time in this process, until none waits; a failure (the database down)
    /// is logged and the run is taken again at a later tick.
    func runWhatIfs() async {
        do {
            while let run = try await TrainingOperations(database: database).runNextInductionWhatIf(now: now) {
                metrics?.recordJob("induction-what-if", outcome: run.status == .done ? "ran" : "failed")
                logger.info(
                    "what-if ran",
                    metadata: ["run": .stringConvertible(run.id), "status": .string(run.status.rawValue)])
            }
        } catch {
            metrics?.recordJob("induction-what-if", outcome: "failed")
            logger.warning(
                "job failed", metadata: ["job": "induction-what-if", "error": .string(String(reflecting: error))])
        }
    }

    /// Runs each job once, then the backup when one is due (the other jobs wait while `pg_dump` runs); a failure
    /// (the database down) is logged and the next interval tries again.
    func runAll() async {
        for job in BackgroundJob.allCases {
            do {
                if let outcome = try await database.jobs.run(job, now: now(), unlessRunWithin: interval) {
                    metrics?.recordJob(job.rawValue, outcome: "ran")
                    logger.info(
                        "job ran",
                        metadata: ["job": .string(job.rawValue), "rows": .stringConvertible(outcome.rowsChanged)])
                } else {
                    metrics?.recordJob(job.rawValue, outcome: "skipped")
                    logger.debug(
                        "job skipped: another process runs it or ran it this interval",
                        metadata: ["job": .string(job.rawValue)])
                }
            } catch {
                metrics?.recordJob(job.rawValue, outcome: "failed")
                logger.warning(
                    "job failed", metadata: ["job": .string(job.rawValue), "error": .string(String(reflecting: error))])
            }
        }
        if let backups { await backUp(backups) }
    }

    private func backUp(_ schedule: BackupSchedule) async {
        do {
            switch try await database.jobs.runBackup(schedule, now: now()) {
            case .written(let archive, let manifest, let pruned):
                metrics?.recordJob("backup", outcome: "ran")
                logger.info(
                    "backup written",
                    metadata: [
                        "archive": .string(archive), "bytes": .stringConvertible(manifest.bytes),
                        "rows": .stringConvertible(manifest.rows), "pruned": .stringConvertible(pruned.count),
                    ])
            case .failed(let reason):
                metrics?.recordJob("backup", outcome: "failed")
                logger.error("backup failed", metadata: ["error": .string(reason)])
            case nil:
                metrics?.recordJob("backup", outcome: "skipped")
                logger.debug("backup skipped: not due, or another process makes it")
            }
        } catch {
            metrics?.recordJob("backup", outcome: "failed")
            logger.warning("job failed", metadata: ["job": "backup", "error": .string(String(reflecting: error))])
        }
    }
}
