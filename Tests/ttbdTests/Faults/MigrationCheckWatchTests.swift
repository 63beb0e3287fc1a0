import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing

/// A command is watched from its first connection on, while it checks the migrations too: a crash there once left
/// `rooms import` waiting on a dead connection until the crash test killed it a minute later.
@Suite("The server watch covers the migrations' check")
struct MigrationCheckWatchTests {
    @Test("a command stuck in the migrations' check whose watch is cut ends with exit 69 instead of waiting")
    func stuckCheck() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                try await database.transaction(dryRun: true) { transaction in
                    let logger = TestCluster.logger
                    // The check reads schema_migrations, so it queues behind this lock for as long as the test holds it.
                    try await transaction.connection.query(
                        "LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE", logger: logger)
                    async let command = CommandLineTool.run(
                        ["delegates", "list"], environment: ["DATABASE_URL": test.url], killAfter: 40)
                    let waiting = """
                        SELECT count(*) FROM pg_locks
                        WHERE relation = 'schema_migrations'::regclass AND NOT granted
                        """
                    var queued = false
                    for _ in 0..<200 where !queued {
                        try await Task.sleep(for: .milliseconds(100))
                        let rows = try await transaction.connection.query(
                            PostgresQuery(unsafeSQL: waiting), logger: logger)
                        queued = try await rows.collect().first?.decode(Int.self) == 1
                    }
                    #expect(queued, "the command never reached the migrations' check")
                    // The command's other session never sent a query: its watch. Cutting it is what a crash does.
                    let watches = try await transaction.connection.query(
                        """
                        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                        WHERE datname = current_database() AND backend_type = 'client backend' AND query = ''
                          AND pid <> pg_backend_pid()
                        """, logger: logger
                    ).collect().first?.decode(Int.self)
                    #expect(watches == 1)
                    let output = try await command
                    #expect(output.status == 69, "\(output.text)")
                    #expect(output.standardError.contains("database"), "\(output.standardError)")
                }
            }
        }
    }
}
