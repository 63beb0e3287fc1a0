import Logging
internal import PostgresNIO
import TrainingModel

extension StoreConfiguration {
    /// What ``prepare(migrations:logger:)`` did, so `ttbd db up` can say it.
    public struct Preparation: Sendable {
        public var cluster: EmbeddedCluster.StartOutcome?
        public var createdDatabase: Bool
        public var applied: [Migration]
    }

    /// What a command does about migrations the database lacks.
    public enum MigrationPolicy: Sendable {
        /// Apply them (`ttbd db up`, and every command on the private cluster, so a first command just works).
        case apply
        /// Refuse to run, saying to run `ttbd db migrate` (a shared server named by `DATABASE_URL`, whose
        /// schema changes when its admin decides).
        case require
        /// Leave them to the caller (`ttbd db migrate` itself).
        case leave
    }

    /// What an ordinary command does: apply on the private cluster, require on a server of one's own.
    public var defaultMigrationPolicy: MigrationPolicy {
        if case .embedded = target { .apply } else { .require }
    }

    /// Makes the database ready for a command: for the private cluster, creates and starts it when needed
    /// and creates the database; then applies or checks the migrations as `policy` says. A server named by
    /// `DATABASE_URL` is never started or created.
    public func prepare(migrations policy: MigrationPolicy, logger: Logger) async throws -> Preparation {
        try await withDatabase(migrations: policy, logger: logger) { _, preparation in preparation }
    }

    /// Who a command is on the private cluster: the owner, which migrates and may change the schema (the
    /// `db` commands, a bulk load that rebuilds indexes), or the application role, which reads and writes
    /// rows and nothing else (the service and the staff commands). On a server named by `DATABASE_URL`,
    /// the URL's role is used either way.
    public enum Role: Sendable {
        case owner
        case application
    }

    /// The role the private cluster's staff commands and service log in as; migration 0020 creates it.
    public static let applicationRole = "ttbd_app"

    /// Readies the database as ``prepare(migrations:logger:)`` does, then runs `body` on a pool of the same
    /// server: the migrating pool itself, or, on the private cluster as `.application`, a pool of
    /// ``applicationRole``.
    ///
    /// With `connectionLost`, the pools fail fast (``Database/failingFast(whenConnectionLost:)``), and with
    /// `watching` as well, everything after the first connection runs under ``Database/watchingServer(_:)``: the
    /// migrations' check too, where a crash once left a command waiting on a dead connection until it was killed.
    public func withDatabase<Result: Sendable>(
        migrations policy: MigrationPolicy, role: Role = .owner, logger: Logger,
        connectionLost: (@Sendable (StoreError) -> Void)? = nil, watching: Bool = false,
        _ body: (Database, Preparation) async throws -> Result
    ) async throws -> Result {
        var preparation = Preparation(cluster: nil, createdDatabase: false, applied: [])
        if case .embedded(let cluster) = target {
            preparation.cluster = try cluster.up()
            preparation.createdDatabase = try await Self.createDatabaseIfMissing(settings, logger: logger)
        }
        let migrations = policy == .leave ? [] : try migrations()
        func prepared(_ database: Database) async throws -> Result {
            var preparation = preparation
            if policy != .leave {
                let migrator = Migrator(migrations: migrations, logger: logger)
                let pending = try await database.withConnection { connection in
                    policy == .apply
                        ? try await migrator.migrate(on: connection) : try await migrator.status(on: connection).pending
                }
                if policy == .apply {
                    preparation.applied = pending
                } else if !pending.isEmpty {
                    let names = pending.map(\.name).joined(separator: ", ")
                    throw StoreError(
                        .notMigrated,
                        pending.count == 1
                            ? "the \(settings.locationWording) lacks 1 migration (\(names))"
                            : "the \(settings.locationWording) lacks \(number: pending.count) migrations (\(names))",
                        remedy: .applyMigrations)
                }
            }
            do {
                guard role == .application, case .embedded = target else {
                    return try await body(database, preparation)
                }
                return try await Database.run(settings.with(username: Self.applicationRole), logger: logger) { pool in
                    try await body(connectionLost.map { pool.failingFast(whenConnectionLost: $0) } ?? pool, preparation)
                }
            } catch  where DatabaseFailure.isConnectionFailure(error) {
                throw StoreError.connectionLost(
                    to: settings.locationWording, because: DatabaseFailure.summaryWording(of: error))
            } catch  where DatabaseFailure.isOutOfResources(error) {
                throw StoreError.outOfResources(
                    at: settings.locationWording, because: DatabaseFailure.summaryWording(of: error))
            }
        }

        return try await Database.run(settings, logger: logger) { pool in
            let database = connectionLost.map { pool.failingFast(whenConnectionLost: $0) } ?? pool
            guard watching else { return try await prepared(database) }
            return try await database.watchingServer { try await prepared(database) }
        }
    }

    /// Creates `settings.database` through the server's `postgres` database; a concurrent creator is fine.
    static func createDatabaseIfMissing(_ settings: ConnectionSettings, logger: Logger) async throws -> Bool {
        try await Database.run(settings.with(database: "postgres"), logger: logger) { database in
            let rows = try await database.client.query(
                "SELECT count(*) FROM pg_database WHERE datname = \(settings.database)", logger: logger)
            guard try await rows.collect().first?.decode(Int.self) == 0 else { return false }
            do {
                try await database.client.query(
                    "CREATE DATABASE \(unescaped: quotedIdentifier(settings.database))", logger: logger)
                return true
            } catch  where DatabaseFailure.sqlState(of: error) == "42P04" {
                return false
            }
        }
    }
}

/// `name` as a double-quoted SQL identifier.
public func quotedIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
