import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingStore

/// The PostgreSQL server of a test run, and a migrated template database to clone a fresh database from
/// for each test, so tests run in parallel and leave nothing behind.
///
/// With `TTBD_TEST_DATABASE_URL` the tests use that server (its user must be able to create databases);
/// otherwise a throwaway private cluster in `$TTBD_TEST_HOME` (default: a folder in the temporary
/// directory), started once per test process.
public actor TestCluster {
    public static let shared = TestCluster()

    private var ready: Task<(server: ConnectionSettings, template: String), any Error>?

    /// The server, logged into its `postgres` database.
    public func serverSettings() async throws -> ConnectionSettings {
        try await started().server
    }

    /// The migrated template's name: it carries a digest of the migrations, so a changed migration gets a
    /// new template instead of a stale one. Read once per run: a migration edited while tests run must not
    /// send later tests to a template nobody built.
    public func templateName() async throws -> String {
        try await started().template
    }

    private func started() async throws -> (server: ConnectionSettings, template: String) {
        if let ready { return try await ready.value }
        let task = Task { try await Self.start() }
        ready = task
        return try await task.value
    }

    public static let migrationsDirectory: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("migrations").path
    }()

    public static let logger: Logger = {
        var logger = Logger(label: "ttbd.tests")
        logger.logLevel = .error
        return logger
    }()

    private static func start() async throws -> (server: ConnectionSettings, template: String) {
        let environment = ProcessInfo.processInfo.environment
        let server: ConnectionSettings
        if let url = environment["TTBD_TEST_DATABASE_URL"], !url.isEmpty {
            server = try ConnectionSettings(url: url, environment: environment)
                .with(database: "postgres")
        } else {
            let home = environment["TTBD_TEST_HOME"] ?? "\(NSTemporaryDirectory())ttbd-test-cluster-\(getuid())"
            // Durability costs time and protects nothing in a throwaway cluster. Suites run in parallel and some
            // open dozens of connections at once (the concurrency tests), so the server takes many more clients.
            let cluster = EmbeddedCluster(
                home: home, environment: environment,
                serverSettings: [
                    "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", "max_connections": "1000",
                ])
            _ = try cluster.up()
            server = cluster.connectionSettings.with(database: "postgres")
        }
        return (server, try await createTemplate(on: server))
    }

    /// Creates the migrated template unless an earlier run left it; returns its name.
    private static func createTemplate(on server: ConnectionSettings) async throws -> String {
        let migrations = try Migration.load(from: migrationsDirectory)
        let name = templateName(for: migrations)
        let exists = try await Database.run(server, logger: logger) { database in
            let rows = try await database.client.query(
                "SELECT count(*) FROM pg_database WHERE datname = \(name)", logger: logger)
            return try await rows.collect().first?.decode(Int.self) == 1
        }
        guard !exists else { return name }
        let building = "\(name)_building_\(UInt32.random(in: 0...UInt32.max))"
        try await execute("CREATE DATABASE \(quotedIdentifier(building))", on: server)
        try await Database.run(server.with(database: building), logger: logger) { database in
            _ = try await database.withConnection {
                try await Migrator(migrations: migrations, logger: logger).migrate(on: $0)
            }
        }
        // Renamed only once complete, so an interrupted run never leaves a half-migrated template behind.
        try await renameWhenIdle(building, to: name, on: server)
        return name
    }

    /// The migrating pool's connections close just after `Database.run` returns, and RENAME refuses (SQLSTATE 55006)
    /// rather than wait for them as CREATE DATABASE does: try again for up to five seconds.
    private static func renameWhenIdle(_ building: String, to name: String, on server: ConnectionSettings) async throws
    {
        let rename = "ALTER DATABASE \(quotedIdentifier(building)) RENAME TO \(quotedIdentifier(name))"
        for _ in 1..<50 {
            do {
                return try await Database.run(server, logger: logger) { database in
                    _ = try await database.client.query(PostgresQuery(unsafeSQL: rename), logger: logger)
                }
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "55006" {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        try await execute(rename, on: server)
    }

    static func templateName(for migrations: [Migration]) -> String {
        let digest = migrations.map(\.checksum).joined().utf8.reduce(UInt64(14_695_981_039_346_656_037)) {
            ($0 ^ UInt64($1)) &* 1_099_511_628_211
        }
        return "ttbd_template_" + String(digest, radix: 16)
    }

    /// Runs one statement that takes no binds (DDL on databases) on `server`.
    static func execute(_ sql: String, on server: ConnectionSettings) async throws {
        do {
            try await Database.run(server, logger: logger) { database in
                try await database.client.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            }
        } catch {
            throw ServerError.detailed(error)
        }
    }
}
