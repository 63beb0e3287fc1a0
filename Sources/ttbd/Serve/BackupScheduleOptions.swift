import ArgumentParser
import Foundation
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `ttbd serve`'s scheduled backups: off unless `--backup-every` is given.
struct BackupScheduleOptions: ParsableArguments {
    @Option(
        name: .customLong("backup-every"),
        help: .inLanguage(
            en: "Back up the database this often with the background jobs, e.g. 24h (default: no backups).",
            vi: "Sao lưu cơ sở dữ liệu theo chu kỳ này, cùng các tác vụ nền, ví dụ 24h (mặc định: không sao lưu).",
            valueName: "interval"))
    var backupEvery: DurationArgument?

    @Option(
        help: .inLanguage(
            en: "With --backup-every: how many backups the folder keeps; older ones are deleted. (default: 14)",
            vi: "Với --backup-every: số bản sao lưu giữ lại trong thư mục; các bản cũ hơn bị xóa. (mặc định: 14)"))
    var keep: Int?

    @Option(
        name: .customLong("backup-folder"),
        help: .inLanguage(
            en: "With --backup-every: where backups go (default: $TTBD_HOME/backups).",
            vi: "Với --backup-every: thư mục chứa các bản sao lưu (mặc định: $TTBD_HOME/backups).",
            valueName: "folder"))
    var backupFolder: String?

    func validate() throws {
        if backupEvery == nil && (keep != nil || backupFolder != nil) {
            throw ValidationError(localized("--keep and --backup-folder go with --backup-every"))
        }
        if let keep, keep < 1 {
            throw ValidationError(localized("--keep must be at least 1"))
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
            throw ValidationError(
                localized("cannot create the backup folder \(folder): \(error.localizedDescription)"))
        }
        return BackupSchedule(
            interval: backupEvery.duration, folder: BackupFolder(path: folder), keep: keep ?? 14,
            tools: try await database.clientTools(environment: environment))
    }
}
