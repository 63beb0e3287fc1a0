import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingStore

/// A database of its own for one test: cloned from the migrated template (or empty), dropped afterwards.
public struct TestDatabase: Sendable {
    public let settings: ConnectionSettings

    /// Creates the database, runs `body`, and drops it even when `body` throws.
    public static func with<Result: Sendable>(
        migrated: Bool = true, _ body: (TestDatabase) async throws -> Result
    ) async throws -> Result {
        try await DatabaseSlots.withSlot {
            let server = try await TestCluster.shared.serverSettings()
            let template = migrated ? try await TestCluster.shared.templateName() : "template0"
            return try await with(template: template, on: server, body)
        }
    }

    /// Runs `body` on a copy of this database as it is now (no one may be connected to it meanwhile), and
    /// drops the copy afterwards: the fault tests start every attempt from the same rows.
    public func withCopy<Result: Sendable>(_ body: (TestDatabase) async throws -> Result) async throws -> Result {
        let server = settings.with(database: "postgres")
        // A command that has just exited may still have a session on it for a moment, which CREATE DATABASE
        // refuses to copy from.
        try await TestCluster.execute(
            """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = '\(settings.database)' AND pid <> pg_backend_pid()
            """, on: server)
        return try await Self.with(template: settings.database, on: server, body)
    }

    private static func with<Result: Sendable>(
        template: String, on server: ConnectionSettings, _ body: (TestDatabase) async throws -> Result
    ) async throws -> Result {
        let name = "test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        try await TestCluster.execute(
            "CREATE DATABASE \(quotedIdentifier(name)) TEMPLATE \(quotedIdentifier(template))", on: server)
        let database = TestDatabase(settings: server.with(database: name))
        do {
            let result = try await body(database)
            try await TestCluster.execute("DROP DATABASE \(quotedIdentifier(name)) WITH (FORCE)", on: server)
            return result
        } catch {
            try? await TestCluster.execute("DROP DATABASE \(quotedIdentifier(name)) WITH (FORCE)", on: server)
            throw ServerError.detailed(error)
        }
    }

    /// The database `settings` name, for a server the tests did not create it on (a crashable cluster).
    public init(settings: ConnectionSettings) {
        self.settings = settings
    }

    /// Runs `body` with a pool on this database.
    public func run<Result: Sendable>(_ body: (Database) async throws -> Result) async throws -> Result {
        try await Database.run(settings, logger: TestCluster.logger, body)
    }

    /// The URL a `ttbd` process uses to reach this database.
    public var url: String { settings.url }
}

/// A PostgresNIO error with the server's message in its description: PSQLError's own says only "Generic
/// description to prevent accidental leakage", which is all a failed test printed (CI, session 10).
struct ServerError: Error, CustomStringConvertible {
    let description: String

    static func detailed(_ error: any Error) -> any Error {
        guard error is PSQLError else { return error }
        return ServerError(description: String(reflecting: error))
    }
}
