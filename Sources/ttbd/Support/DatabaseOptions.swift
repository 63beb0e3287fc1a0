import ArgumentParser
import Foundation
import Logging
import PostgresInfrastructure
import TrainingModel
import TrainingOperations
import TrainingStore

/// The options every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help: .inLanguage(
            en: """
                The PostgreSQL server to use (default: $DATABASE_URL; without it, ttbd's private cluster in \
                $TTBD_HOME).
                """,
            vi: """
                Máy chủ PostgreSQL sẽ dùng (mặc định: $DATABASE_URL; nếu không có thì dùng cụm PostgreSQL riêng của \
                ttbd trong $TTBD_HOME).
                """,
            valueName: "postgres://…"))
    var databaseURL: String?

    func configuration() throws -> StoreConfiguration {
        try StoreConfiguration.resolve(environment: ProcessInfo.processInfo.environment, databaseURL: databaseURL)
    }

    /// Resolves the configuration and readies the database (starting the private cluster on demand and
    /// applying or checking migrations as `migrations` says, by default as the target calls for), then
    /// runs `body` with an open pool.
    /// On the private cluster, commands log in as the application role, which can read and write rows
    /// and nothing else; `role: .owner` is for the few that change the schema. A command ends (exit 69) when the
    /// server goes away under it (`Database.watchingServer`); `ttbd serve`, which outlives a restart of its
    /// server, passes `outlivingRestarts`.
    func withDatabase<Result: Sendable>(
        migrations: StoreConfiguration.MigrationPolicy? = nil, role: StoreConfiguration.Role = .application,
        outlivingRestarts: Bool = false, _ body: (Database) async throws -> Result
    ) async throws -> Result {
        let configuration = try configuration()
        return try await configuration.withDatabase(
            migrations: migrations ?? configuration.defaultMigrationPolicy, role: role, logger: .ttbd,
            connectionLost: { TTBD.fail(with: $0) }, watching: !outlivingRestarts
        ) { database, preparation in
            if case .embedded(let cluster) = configuration.target, preparation.cluster?.started == true {
                printError(
                    localized("Started ttbd's private PostgreSQL in \(cluster.home) (stop it with `ttbd db down`)."))
            }
            for migration in preparation.applied {
                printError(localized("Applied migration \(migration.name)."))
            }
            return try await body(database)
        }
    }

    /// Readies the database as ``withDatabase(migrations:_:)`` does, then runs `body` with the use cases on it.
    func withOperations<Result: Sendable>(
        role: StoreConfiguration.Role = .application, _ body: (TrainingOperations) async throws -> Result
    ) async throws -> Result {
        try await withDatabase(role: role) { try await body(TrainingOperations(database: $0)) }
    }
}

extension Logger {
    /// The command line's logger: errors on stderr, more with `TTBD_LOG_LEVEL=debug`. (postgres-nio warns about
    /// a pool whose run task has not been scheduled yet, which is normal in a short command.)
    static var ttbd: Logger {
        var logger = Logger(label: "ttbd")
        let level = ProcessInfo.processInfo.environment["TTBD_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = level ?? .error
        return logger
    }
}
