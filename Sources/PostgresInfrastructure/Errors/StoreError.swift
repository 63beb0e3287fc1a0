import TrainingModel

/// A failure of the store that a person can act on: the database cannot be reached, the private cluster
/// cannot be set up, a migration no longer matches what was applied.
public struct StoreError: UserFacingError {
    /// What went wrong, extensible without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Base: String, Sendable {
            case unavailable
            case postgresNotInstalled
            case clusterSetupFailed
            case migrationChanged
            case migrationMissing
            case migrationFailed
            case invalidConfiguration
            case inconsistentData
            case notMigrated
            case refused
            case notFound
            case invalidBackup
            case backupFailed
            case restoreFailed
        }

        let base: Base

        /// The database does not answer.
        public static let unavailable = Code(base: .unavailable)
        /// The PostgreSQL server programs are not on this machine.
        public static let postgresNotInstalled = Code(base: .postgresNotInstalled)
        /// `initdb`, `pg_ctl` or the folder of the private cluster failed.
        public static let clusterSetupFailed = Code(base: .clusterSetupFailed)
        /// A migration file changed after it was applied.
        public static let migrationChanged = Code(base: .migrationChanged)
        /// The database has a migration that no file describes.
        public static let migrationMissing = Code(base: .migrationMissing)
        /// A migration's SQL failed on the server.
        public static let migrationFailed = Code(base: .migrationFailed)
        /// `DATABASE_URL` or another setting cannot be understood.
        public static let invalidConfiguration = Code(base: .invalidConfiguration)
        /// The database lacks migrations this ttbd needs.
        public static let notMigrated = Code(base: .notMigrated)
        /// The request breaks a rule of the training center (capacity, eligibility, a double booking): the
        /// message says which rule and what is in the way.
        public static let refused = Code(base: .refused)
        /// A code the request names (a class, a delegate, a session) is not in the database.
        public static let notFound = Code(base: .notFound)
        /// A backup to restore is incomplete, changed or unreadable: its manifest is missing, or the archive
        /// does not match it, or `pg_restore` cannot read it.
        public static let invalidBackup = Code(base: .invalidBackup)
        /// `pg_dump` could not write the archive.
        public static let backupFailed = Code(base: .backupFailed)
        /// `pg_restore` stopped on an error; its single transaction left the target as it was.
        public static let restoreFailed = Code(base: .restoreFailed)
        /// The database holds something ttbd's own checks should have made impossible: a bug.
        public static let inconsistentData = Code(base: .inconsistentData)

        public var description: String { base.rawValue }
    }

    public let code: Code
    /// What went wrong, as a sentence without advice: ``remedy`` names what to do about it; worded in the reader's
    /// language by ``MessageCatalog`` (text another program wrote goes in as a value).
    public let wording: Message
    /// The message in English.
    public var message: String { wording.description }
    public let remedy: Remedy?
    public let file: String
    public let line: Int

    public init(_ code: Code, _ message: Message, remedy: Remedy? = nil, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.wording = message
        self.remedy = remedy
        self.file = file
        self.line = line
    }

    public var kind: FailureKind {
        switch code.base {
        case .unavailable, .postgresNotInstalled, .clusterSetupFailed, .notMigrated, .backupFailed: .unavailable
        case .migrationChanged, .migrationMissing, .migrationFailed, .refused, .notFound, .invalidBackup,
            .restoreFailed:
            .badData
        case .invalidConfiguration: .usage
        case .inconsistentData: .internal
        }
    }

    public var description: String { message }

    public func text(in language: Language) -> String { wording.text(in: language) }
}

extension StoreError {
    /// The server went away under a command: nothing is half done, since each write is one transaction.
    static func connectionLost(to location: Message, because reason: Message) -> StoreError {
        StoreError(
            .unavailable,
            "lost the connection to the \(location) in the middle of the command (\(reason)). Each write is all or "
                + "nothing, so nothing is half done; run the command again once the database is back")
    }

    /// The server could not take the command's writes for want of disk space or memory (SQLSTATE class 53):
    /// its transaction was rolled back, so nothing is half done.
    static func outOfResources(at location: Message, because reason: Message) -> StoreError {
        StoreError(
            .unavailable,
            "the \(location) could not take this command's writes (\(reason)). Nothing of it was written; free space "
                + "on the server's disk (or memory) and run the command again")
    }
}
