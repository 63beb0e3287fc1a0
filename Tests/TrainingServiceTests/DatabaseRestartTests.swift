import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingService
import TrainingStore

/// The service outlives its database: while PostgreSQL is down requests get 503 problems with Retry-After,
/// and once it is back they succeed again, with no restart of the service. The test stops a private
/// throwaway cluster, so the shared one of the other tests is never disturbed.
@Suite("Database restart")
struct DatabaseRestartTests {
    @Test(
        "503 while the database is down, soon for the first and without trying after it, and 200 again after it is back, without a restart"
    )
    func restart() async throws {
        try await Self.withMigratedCluster(named: "restart") { cluster, settings in
            try await Database.run(settings, logger: TestCluster.logger) { database in
                let world = try await ServiceWorld.make(database)
                let api = TrainingAPI(
                    database: database,
                    configuration: ServiceConfiguration(jobsInterval: nil, requestDeadline: .seconds(20)),
                    logger: ServiceWorld.quiet, now: { ServiceWorld.now })
                try await api.application().test(.live) { client in
                    let headers = world.headers("an")
                    #expect(try await client.execute(uri: "/v1/me", method: .get, headers: headers).status == .ok)

                    _ = try await offCooperativePool { try cluster.down() }
                    // The first request of the outage waits for its connection until the breaker, asked after a second,
                    // finds the database down: answered well within the 20 s deadline (it waited all of it before).
                    let started = ContinuousClock.now
                    let first = try await client.execute(uri: "/v1/me", method: .get, headers: headers)
                    #expect(first.status == .serviceUnavailable, "\(first.text)")
                    #expect(first.headers[.contentType] == "application/problem+json")
                    #expect(first.headers[.retryAfter] == "5")
                    #expect(ContinuousClock.now - started < .seconds(10), "the first request waited its deadline")
                    // Once open, the breaker answers every route that needs the database in its own words, without
                    // trying; checked by the words, not by a time that a loaded machine stretches.
                    func answeredByBreaker(_ path: String) async throws -> Bool {
                        let down = try await client.execute(uri: path, method: .get, headers: headers)
                        #expect(down.status == .serviceUnavailable, "\(path): \(down.text)")
                        #expect(down.headers[.retryAfter] == "5")
                        return down.text.contains("waiting for it to come back")
                    }
                    var open = false
                    for _ in 0..<6 where !open {
                        open = try await answeredByBreaker("/v1/me")
                        if !open { try await Task.sleep(for: .milliseconds(500)) }
                    }
                    #expect(open, "the breaker never opened")
                    // It stays open while the database is down: its probes find it down again (CI once seemed to see it
                    // close; the words say which answered).
                    for path in ["/v1/me/schedule", "/v1/classes", "/v1/me"] {
                        #expect(try await answeredByBreaker(path), "\(path) was not answered by the open breaker")
                        try await Task.sleep(for: .milliseconds(700))
                    }
                    // `/ready` asks the database itself (a load balancer's question); `/health` needs none.
                    #expect(try await client.execute(uri: "/ready", method: .get).status == .serviceUnavailable)
                    #expect(try await client.execute(uri: "/health", method: .get).status == .ok)

                    _ = try await offCooperativePool { try cluster.up() }
                    // The pool reconnects on its own schedule (it backs off after failed attempts), and `/ready` gives
                    // the database 2 s, which a loaded machine can miss: ask each until it answers.
                    for (path, headers) in [("/v1/me", headers), ("/ready", [:])] {
                        var status = HTTPResponse.Status.serviceUnavailable
                        for _ in 0..<60 where status != .ok {
                            status = try await client.execute(uri: path, method: .get, headers: headers).status
                            if status != .ok { try await Task.sleep(for: .milliseconds(500)) }
                        }
                        #expect(status == .ok, "\(path)")
                    }
                }
            }
        }
    }

    /// A throwaway private cluster of its own (tests that stop or copy a server leave the shared one alone), up
    /// and with the database `restart` migrated; removed afterwards.
    static func withMigratedCluster(
        named name: String, _ body: (EmbeddedCluster, ConnectionSettings) async throws -> Void
    ) async throws {
        let base = ProcessInfo.processInfo.environment["TTBD_TEST_HOME"] ?? NSTemporaryDirectory()
        let cluster = EmbeddedCluster(
            home: "\(base)/\(name)-\(UUID().uuidString.prefix(8))", environment: ProcessInfo.processInfo.environment,
            serverSettings: ["fsync": "off", "synchronous_commit": "off"])
        _ = try await offCooperativePool { try cluster.up() }
        defer {
            _ = try? cluster.down()
            try? FileManager.default.removeItem(atPath: cluster.home)
        }
        try await body(cluster, try await migratedDatabase(on: cluster))
    }

    /// A database on `cluster` with every migration applied.
    private static func migratedDatabase(on cluster: EmbeddedCluster) async throws -> ConnectionSettings {
        let server = cluster.connectionSettings.with(database: "postgres")
        _ = try await Database.run(server, logger: TestCluster.logger) { database in
            try await database.client.query("CREATE DATABASE restart", logger: TestCluster.logger)
        }
        let settings = cluster.connectionSettings.with(database: "restart")
        let migrations = try Migration.load(from: TestCluster.migrationsDirectory)
        try await Database.run(settings, logger: TestCluster.logger) { database in
            _ = try await database.withConnection {
                try await Migrator(migrations: migrations, logger: TestCluster.logger).migrate(on: $0)
            }
        }
        return settings
    }
}
