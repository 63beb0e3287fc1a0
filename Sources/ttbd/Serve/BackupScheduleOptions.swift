import ArgumentParser
import Foundation
import PostgresInfrastructure
import TrainingStore

/// `ttbd serve`'s scheduled backups: off unless `--backup-every` is given.
struct BackupScheduleOptions: ParsableArguments {
    @Option(
        name: .customLong("backup-every"),
        help: ArgumentHelp(
            "Back up the database this often with the background jobs, e.g. 24h (default: no backups).",
            valueName: "interval"))
    var backupEvery: DurationArgument?

    @Option(help: "With --backup-every: how many backups the folder keeps; older ones are deleted. (default: 14)")
    var keep: Int?

    @Option(
        name: .customLong("backup-folder"),
        help: ArgumentHelp("With --backup-every: where backups go (default: $TTBD_HOME/backups).", valueName: "folder"))
    var backupFolder: String?

    func validate() throws {
        if backupEvery == nil && (keep != nil || backupFolder != nil) {
            throw ValidationError("--keep and --backup-folder go with --backup-every")
        }
        if let keep, keep < 1 {
            throw ValidationError("--keep must be at least 1")
        }
    }

    /// The schedule these options ask for, with its folder created and the `pg_dump` that matches `database`'s
    /// server found, so a service that cannot back up says so when it starts rather than at the first backup.
    func schedule(for database: Database) async throws -> BackupSchedule? {
        guard let backupEvery else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let folder = backupFolder ?? "\(EmbeddedCluster.defaultHome(environment: environment))/backups"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("cannot create the backup folder \(folder): \(error.localizedDescription)")
        }
        return BackupSchedule(
            interval: backupEvery.duration, folder: BackupFolder(path: folder), keep: keep ?? 14,
            tools: try await database.clientTools(environment: environment))
    }
}
