import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

@Suite("Applying migrations")
struct MigratorTests {
    let migrations: [Migration]

    init() throws {
        migrations = try Migration.load(from: TestPaths.migrations)
    }

    @Test("applies every migration once, in order, and the second run applies nothing")
    func appliesOnce() async throws {
        try await TestDatabase.with(migrated: false) { database in
            try await database.run { pool in
                try await pool.withConnection { connection in
                    let migrator = Migrator(migrations: migrations)
                    let first = try await migrator.migrate(on: connection)
                    #expect(first.map(\.name) == migrations.map(\.name))
                    let second = try await migrator.migrate(on: connection)
                    #expect(second.isEmpty)
                    let status = try await migrator.status(on: connection)
                    #expect(status.pending.isEmpty)
                    #expect(status.applied.map(\.checksum) == migrations.map(\.checksum))
                }
            }
        }
    }

    @Test("a dry run lists the pending migrations and applies none")
    func dryRun() async throws {
        try await TestDatabase.with(migrated: false) { database in
            try await database.run { pool in
                try await pool.withConnection { connection in
                    let migrator = Migrator(migrations: migrations)
                    let planned = try await migrator.migrate(on: connection, dryRun: true)
                    #expect(planned.count == migrations.count)
                    let tables = try await connection.query(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", logger: TestCluster.logger
                    ).collect().first?.decode(Int.self)
                    #expect(tables == 0)
                }
            }
        }
    }

    @Test("refuses when an applied file changed, naming the file and both checksums")
    func changedFile() async throws {
        try await TestDatabase.with(migrated: false) { database in
            try await database.run { pool in
                try await pool.withConnection { connection in
                    _ = try await Migrator(migrations: Array(migrations.prefix(2))).migrate(on: connection)
                    let original = migrations[1]
                    let edited = Migration(
                        version: original.version, name: original.name, path: original.path,
                        sql: original.sql + "\n-- an edit\n")
                    let error = await #expect(throws: StoreError.self) {
                        try await Migrator(migrations: [migrations[0], edited]).migrate(on: connection)
                    }
                    #expect(error?.code == .migrationChanged)
                    #expect(error?.kind == .badData)
                    #expect(error?.message.contains(original.path) == true)
                    #expect(error?.message.contains(original.checksum) == true)
                    #expect(error?.message.contains(edited.checksum) == true)
                }
            }
        }
    }

    @Test("a failing migration leaves nothing behind and points at its line and column")
    func failingMigrationRollsBack() async throws {
        let broken = Migration(
            version: "0001", name: "0001_broken", path: "migrations/0001_broken.sql",
            sql: "CREATE TABLE kept (x int);\n\nCREATE TABLE bad (\n    y int NOT NUL\n);\n")
        try await TestDatabase.with(migrated: false) { database in
            try await database.run { pool in
                try await pool.withConnection { connection in
                    let error = await #expect(throws: InputError.self) {
                        try await Migrator(migrations: [broken]).migrate(on: connection)
                    }
                    let diagnostic = try #require(error?.diagnostics.first)
                    #expect(diagnostic.location.file == "migrations/0001_broken.sql")
                    // The server points at `NUL`, on the fourth line of the file.
                    #expect(diagnostic.location.line == 4)
                    #expect(diagnostic.location.column == 15)
                    #expect(diagnostic.message.contains("syntax error"))
                    let kept = try await connection.query(
                        "SELECT to_regclass('kept') IS NOT NULL", logger: TestCluster.logger
                    ).collect().first?.decode(Bool.self)
                    #expect(kept == false)
                    let status = try await Migrator(migrations: [broken]).status(on: connection)
                    #expect(status.applied.isEmpty)
                }
            }
        }
    }

    @Test("refuses a migration file name that does not follow NNNN_description.sql")
    func badFileName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("migrations-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "SELECT 1;".write(to: folder.appendingPathComponent("0001_ok.sql"), atomically: true, encoding: .utf8)
        try "SELECT 1;".write(to: folder.appendingPathComponent("2-Bad Name.sql"), atomically: true, encoding: .utf8)
        try "SELECT 1;".write(to: folder.appendingPathComponent("0001_twin.sql"), atomically: true, encoding: .utf8)
        let error = #expect(throws: InputError.self) { try Migration.load(from: folder.path) }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.count == 2)
        #expect(
            messages.contains {
                $0.hasSuffix(
                    "2-Bad Name.sql:1:1: migration file name must be NNNN_description.sql (digits, then lowercase words joined by _)"
                )
            })
        #expect(
            messages.contains { $0.contains("0001_twin.sql:1:1: migration number 0001 is also used by 0001_ok.sql") })
    }

    @Test("the migrations built into ttbd are the files of migrations/, byte for byte")
    func builtInAreTheFolder() throws {
        let builtIn = try Migration.builtIn
        // A build embeds the folder again when a file is added or removed; after editing one, `touch migrations`.
        let stale = "this build embedded migrations/ before a file in it was edited; touch migrations and build again"
        #expect(builtIn.map(\.name) == migrations.map(\.name), "\(stale)")
        #expect(builtIn.map(\.checksum) == migrations.map(\.checksum), "\(stale)")
    }
}
