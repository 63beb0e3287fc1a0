import Foundation
import Logging
package import PostgresNIO
import TrainingModel

/// Applies `migrations/` in order, each in its own transaction, and records each with its checksum in
/// `schema_migrations`. Concurrent migrators take turns on an advisory lock, so the second one finds
/// nothing left to do.
public struct Migrator: Sendable {
    /// A migration the database has, as it recorded it.
    public struct Applied: Sendable, Equatable {
        public var version: String
        public var name: String
        public var checksum: String
        public var appliedAt: Date
    }

    public struct Status: Sendable {
        public var applied: [Applied]
        public var pending: [Migration]
    }

    /// Any number, the same in every ttbd: the advisory lock that serializes migrators.
    static let lockKey: Int64 = 0x7474_6264_6D69_6772

    public let migrations: [Migration]
    let logger: Logger

    public init(migrations: [Migration], logger: Logger = Logger(label: "ttbd.migrations")) {
        self.migrations = migrations
        self.logger = logger
    }

    /// What the database has and what it lacks. Fails when an applied migration's file changed or vanished.
    package func status(on connection: PostgresConnection) async throws -> Status {
        let applied = try await appliedMigrations(on: connection)
        try verify(applied)
        let done = Set(applied.map(\.version))
        return Status(applied: applied, pending: migrations.filter { !done.contains($0.version) })
    }

    /// Applies every pending migration to `database` on one of its connections (the lock is the session's).
    public func migrate(
        _ database: Database, dryRun: Bool = false, waiting: @Sendable () -> Void = {}
    ) async throws -> [Migration] {
        try await database.withConnection { try await migrate(on: $0, dryRun: dryRun, waiting: waiting) }
    }

    /// Applies every pending migration and returns them; with `dryRun`, returns them and applies nothing.
    /// `waiting` is called when another migrator holds the lock.
    package func migrate(
        on connection: PostgresConnection, dryRun: Bool = false, waiting: @Sendable () -> Void = {}
    ) async throws -> [Migration] {
        if dryRun { return try await status(on: connection).pending }
        let acquired =
            try await connection.query("SELECT pg_try_advisory_lock(\(Self.lockKey))", logger: logger)
            .collect().first?.decode(Bool.self) ?? false
        if !acquired {
            waiting()
            try await connection.query("SELECT pg_advisory_lock(\(Self.lockKey))", logger: logger)
        }
        do {
            let pending = try await applyPending(on: connection)
            try await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
            return pending
        } catch {
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
            throw error
        }
    }

    private func applyPending(on connection: PostgresConnection) async throws -> [Migration] {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     text PRIMARY KEY,
                name        text NOT NULL,
                checksum    text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """, logger: logger)
        let pending = try await status(on: connection).pending
        for migration in pending {
            try await apply(migration, on: connection)
        }
        return pending
    }

    private func apply(_ migration: Migration, on connection: PostgresConnection) async throws {
        let script = SQLScript(migration.sql)
        do {
            try await connection.withTransaction(logger: logger) { connection in
                for statement in script.statements {
                    do {
                        try await connection.query(PostgresQuery(unsafeSQL: statement.text), logger: logger)
                    } catch {
                        throw failure(of: statement, in: migration, error: error)
                    }
                }
                try await connection.query(
                    """
                    INSERT INTO schema_migrations (version, name, checksum)
                    VALUES (\(migration.version), \(migration.name), \(migration.checksum))
                    """, logger: logger)
            }
        } catch let error as PostgresTransactionError {
            if let inner = error.closureError as? InputError { throw inner }
            throw StoreError(
                .migrationFailed,
                "\(migration.path): \(DatabaseFailure.summaryWording(of: error)); nothing of it was applied")
        }
    }

    /// Where in the file the server's complaint points: the statement's line, moved by the server's
    /// character position inside the statement when it gives one.
    private func failure(of statement: SQLScript.Statement, in migration: Migration, error: any Error) -> InputError {
        var line = statement.line
        var column = 1
        if let positionText = DatabaseFailure.serverError(in: error)?.serverInfo?[.position],
            let position = Int(positionText), position > 0
        {
            // The server counts characters from 1 within the statement.
            let linesBefore = statement.text.prefix(position - 1).split(
                separator: "\n", omittingEmptySubsequences: false)
            line += linesBefore.count - 1
            column = (linesBefore.last?.count ?? 0) + 1
        }
        return InputError(
            at: SourceLocation(file: migration.path, line: line, column: column),
            "migration failed, nothing of it was applied: \(DatabaseFailure.summaryWording(of: error))")
    }

    private func appliedMigrations(on connection: PostgresConnection) async throws -> [Applied] {
        let exists =
            try await connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger)
            .collect().first?.decode(Bool.self) ?? false
        guard exists else { return [] }
        var applied: [Applied] = []
        let rows = try await connection.query(
            "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version", logger: logger)
        for try await (version, name, checksum, appliedAt) in rows.decode((String, String, String, Date).self) {
            applied.append(Applied(version: version, name: name, checksum: checksum, appliedAt: appliedAt))
        }
        return applied
    }

    private func verify(_ applied: [Applied]) throws {
        let files = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        for record in applied {
            guard let file = files[record.version] else {
                throw StoreError(
                    .migrationMissing,
                    "the database has migration \(record.name), but no file \(record.name).sql is in the migrations "
                        + "folder; this ttbd is older than the database or the file was removed")
            }
            guard file.checksum == record.checksum else {
                throw StoreError(
                    .migrationChanged,
                    "\(file.path) changed after it was applied: its SHA-256 is now \(file.checksum), "
                        + "the database recorded \(record.checksum); restore the file and put the change in a new migration"
                )
            }
        }
    }
}
