public import PostgresInfrastructure

/// How `ttbd serve --backup-every` backs the database up: how often, into which folder, how many archives
/// to keep there, and with which `pg_dump`.
public struct BackupSchedule: Sendable {
    public var interval: Duration
    public var folder: BackupFolder
    public var keep: Int
    public var tools: PostgresClientTools

    public init(interval: Duration, folder: BackupFolder, keep: Int, tools: PostgresClientTools) {
        self.interval = interval
        self.folder = folder
        self.keep = keep
        self.tools = tools
    }

    /// The interval in seconds, for date arithmetic.
    var seconds: Double {
        Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
    }
}

/// What one run of the backup job did.
public enum BackupJobOutcome: Sendable, Equatable {
    /// The archive written, its manifest, and the names of the older archives deleted to keep the count.
    case written(archive: String, manifest: BackupManifest, pruned: [String])
    /// Why no backup was written; the job tries again at the next run that finds it due.
    case failed(String)
}
