import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// A private PostgreSQL cluster of one fault test, with a migrated, empty database: the test may crash or
/// starve its server without disturbing the suite's shared one.
struct FaultCluster {
    let cluster: EmbeddedCluster
    /// The database `world`, with ttbd's migrations and nothing else.
    let database: TestDatabase

    /// Starts a cluster in `home`, runs `body` with it, then stops it and removes `home`.
    static func with(home: String, _ body: (FaultCluster) async throws -> Void) async throws {
        let cluster = EmbeddedCluster(
            home: home, environment: ProcessInfo.processInfo.environment, serverSettings: ["fsync": "off"])
        _ = try await offCooperativePool { try cluster.up() }
        defer {
            _ = try? cluster.down()
            try? FileManager.default.removeItem(atPath: cluster.home)
        }
        try await Database.run(cluster.connectionSettings.with(database: "postgres"), logger: TestCluster.logger) {
            _ = try await $0.client.query("CREATE DATABASE world", logger: TestCluster.logger)
        }
        let database = TestDatabase(settings: cluster.connectionSettings.with(database: "world"))
        let migrated = try await CommandLineTool.run(["db", "migrate"], environment: ["DATABASE_URL": database.url])
        try #require(migrated.status == 0, "\(migrated.text)")
        try await body(FaultCluster(cluster: cluster, database: database))
    }

    /// Makes a checkpoint. A database copied from a template (`CREATE DATABASE … TEMPLATE`, as
    /// ``TestDatabase/withCopy(_:)`` does) has sequence pages whose values were logged ahead for the template
    /// only: until the next checkpoint, `nextval` in the copy writes no WAL, so a crash hands out the same ids
    /// again (a duplicate key for rows committed before it). The first `nextval` after a checkpoint logs its
    /// sequence, as it always does in a database that was not copied.
    func checkpoint() async throws {
        try await Database.run(cluster.connectionSettings.with(database: "postgres"), logger: TestCluster.logger) {
            _ = try await $0.client.query("CHECKPOINT", logger: TestCluster.logger)
        }
    }

    /// Stops the server as a crash would (`pg_ctl stop -m immediate`), waits `seconds`, and starts it again.
    func crash(restartingAfter seconds: Double) async throws {
        _ = try await offCooperativePool { try cluster.down(immediately: true) }
        try await Task.sleep(for: .seconds(seconds))
        _ = try await offCooperativePool { try cluster.up() }
    }
}
