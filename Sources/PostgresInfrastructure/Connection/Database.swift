public import Logging
package import PostgresNIO
import TrainingModel

/// A running connection pool to one PostgreSQL database.
///
/// The pool only works while ``run(_:logger:_:)`` is inside its closure; the pool's own `run()` is the
/// background task that owns the connections, as postgres-nio requires.
public struct Database: Sendable {
    package let client: PostgresClient
    public let settings: ConnectionSettings
    public let logger: Logger
    /// Who the changes made through this pool are attributed to in the audit log: the operating-system user
    /// for the command line, `account:<username>` for the service.
    public let actor: String
    /// What to do when a connection closes under a command that then does not end by itself (see
    /// ``failingFast(whenConnectionLost:)``).
    var connectionLost: (@Sendable (StoreError) -> Void)?

    /// Opens a pool, runs `body` with it, and closes it.
    ///
    /// It first makes one connection, because a pool whose server is down waits instead of failing; the
    /// error of that first connection is what tells a person the database is unavailable.
    ///
    /// With `probing` false the pool opens whether or not the server answers now (a read replica, which the
    /// service skips while it is down).
    public static func run<Result: Sendable>(
        _ settings: ConnectionSettings,
        logger: Logger = Logger(label: "ttbd.store"),
        actor: String = Database.operatingSystemUser,
        probing: Bool = true,
        _ body: (Database) async throws -> Result
    ) async throws -> Result {
        if probing { try await probe(settings, logger: logger) }
        let client = PostgresClient(configuration: try settings.clientConfiguration(), backgroundLogger: logger)
        let database = Database(client: client, settings: settings, logger: logger, actor: actor)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(database)
        }
    }

    /// Connects once and disconnects, turning any failure into a ``StoreError`` that says where the database
    /// was expected.
    public static func probe(_ settings: ConnectionSettings, logger: Logger) async throws(StoreError) {
        let connection = try await connection(settings, logger: logger)
        try? await connection.close()
    }

    /// A connection of its own outside the pool, or the error that says the database is unavailable and where it
    /// was expected.
    static func connection(_ settings: ConnectionSettings, logger: Logger) async throws(StoreError)
        -> PostgresConnection
    {
        do {
            return try await PostgresConnection.connect(
                configuration: try settings.connectionConfiguration(), id: 0, logger: logger)
        } catch {
            throw StoreError(
                .unavailable,
                "cannot reach the \(settings.locationWording): \(DatabaseFailure.summaryWording(of: error))")
        }
    }

    /// Runs `body` on one connection of the pool (for session state such as advisory locks).
    package func withConnection<Result: Sendable>(
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await client.withConnection { connection in
            try await connection.guardReadCompletes()
            let watch = connectionLost.map {
                LostConnectionWatch(connection: connection, location: settings.locationWording, handler: $0)
            }
            defer { watch?.stop() }
            return try await body(connection)
        }
    }
}
