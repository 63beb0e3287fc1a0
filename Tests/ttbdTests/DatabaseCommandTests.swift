import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

@Suite("ttbd db on the command line")
struct DatabaseCommandTests {
    @Test("in an empty folder, db up creates and starts a private cluster on a socket only; again, it does nothing")
    func embeddedLifecycle() async throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let environment = ["TTBD_HOME": home.path]

        let up = try await CommandLineTool.run(["db", "up"], environment: environment)
        #expect(up.status == 0, "\(up.text)")
        #expect(up.standardOutput.contains("Created a private PostgreSQL cluster in \(home.path)/pgdata"))
        #expect(up.standardOutput.contains("Applied migration 0001_extensions_and_text"))

        let again = try await CommandLineTool.run(["db", "up"], environment: environment)
        #expect(again.status == 0)
        #expect(again.standardOutput.hasPrefix("Nothing to do"))

        let status = try await CommandLineTool.run(["db", "status", "--format", "json"], environment: environment)
        #expect(status.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any]
        #expect(report?["answers"] as? Bool == true)
        #expect(report?["cluster"] as? String == "running")
        #expect((report?["pending"] as? [Any])?.isEmpty == true)

        // Only the socket: the server listens on no TCP address at all.
        let settings = EmbeddedCluster(home: home.path, environment: [:]).connectionSettings
        let listen = try await Database.run(settings, logger: TestCluster.logger) { database in
            try await database.client.query("SHOW listen_addresses", logger: TestCluster.logger)
                .collect().first?.decode(String.self)
        }
        #expect(listen == "")

        let down = try await CommandLineTool.run(["db", "down"], environment: environment)
        #expect(down.status == 0)
        #expect(down.standardOutput.hasPrefix("Stopped the private PostgreSQL"))
        let stopped = try await CommandLineTool.run(["db", "status"], environment: environment)
        #expect(stopped.status == 69)
        #expect(stopped.standardOutput.contains("cluster     stopped"))
        #expect(stopped.standardOutput.contains("migrations  unknown until the server answers (this ttbd has "))
        #expect(!stopped.standardOutput.contains("pending"), "a stopped cluster's migrations are not all pending")

        // Any other command starts it again on demand.
        let migrate = try await CommandLineTool.run(["db", "migrate"], environment: environment)
        #expect(migrate.status == 0)
        #expect(migrate.standardError.contains("Started ttbd's private PostgreSQL"))
        #expect(migrate.standardOutput.contains("up to date"))
        _ = try await CommandLineTool.run(["db", "down"], environment: environment)
    }

    @Test("a new user's first command just works: the private cluster is created, started and migrated on demand")
    func firstCommandOnEmbedded() async throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        let environment = ["TTBD_HOME": home.path]
        let list = try await CommandLineTool.run(["delegates", "list", "--format", "json"], environment: environment)
        #expect(list.status == 0, "\(list.text)")
        #expect(list.standardOutput == "[\n\n]" || list.standardOutput == "[]")
        #expect(list.standardError.contains("Started ttbd's private PostgreSQL in \(home.path)"))
        #expect(list.standardError.contains("Applied migration 0001_extensions_and_text."))
        _ = try await CommandLineTool.run(["db", "down"], environment: environment)
    }

    @Test("on a server of one's own that lacks migrations, commands refuse with exit 69 and say to migrate")
    func unmigratedServer() async throws {
        try await TestDatabase.with(migrated: false) { database in
            let list = try await CommandLineTool.run(
                ["delegates", "list"], environment: ["DATABASE_URL": database.url])
            #expect(list.status == 69)
            #expect(list.standardError.contains("lacks"))
            #expect(list.standardError.hasSuffix("run `ttbd db migrate` first"))
        }
    }

    @Test("with DATABASE_URL, migrate applies to that server, then finds nothing to do, and down refuses")
    func externalServer() async throws {
        try await TestDatabase.with(migrated: false) { database in
            let environment = ["DATABASE_URL": database.url]
            let dryRun = try await CommandLineTool.run(["db", "migrate", "--dry-run"], environment: environment)
            #expect(dryRun.status == 0)
            #expect(dryRun.standardOutput.contains("Would apply 0001_extensions_and_text."))

            let first = try await CommandLineTool.run(["db", "migrate"], environment: environment)
            #expect(first.status == 0, "\(first.text)")
            #expect(first.standardOutput.contains("Applied 0008_accounts_tokens."))
            let second = try await CommandLineTool.run(["db", "migrate"], environment: environment)
            #expect(second.status == 0)
            #expect(second.standardOutput == "The database is up to date: no migration to apply.")

            let down = try await CommandLineTool.run(["db", "down"], environment: environment)
            #expect(down.status == 64)
            #expect(down.standardError.contains("does not stop it"))
        }
    }

    @Test("two migrate processes at once: one applies everything, the other waits and finds nothing to do")
    func concurrentMigrations() async throws {
        try await TestDatabase.with(migrated: false) { database in
            let environment = ["DATABASE_URL": database.url]
            async let first = Task.detached {
                try await CommandLineTool.run(["db", "migrate"], environment: environment)
            }
            .value
            async let second = Task.detached {
                try await CommandLineTool.run(["db", "migrate"], environment: environment)
            }
            .value
            let outputs = try await [first, second]
            #expect(outputs.allSatisfy { $0.status == 0 }, "\(outputs.map(\.text))")
            let appliers = outputs.filter { $0.standardOutput.contains("Applied 0001_extensions_and_text.") }
            let idle = outputs.filter { $0.standardOutput == "The database is up to date: no migration to apply." }
            #expect(appliers.count == 1)
            #expect(idle.count == 1)

            let recorded = try await database.run { pool in
                try await pool.client.query(
                    "SELECT count(*), count(DISTINCT version) FROM schema_migrations", logger: TestCluster.logger
                ).collect().first!.decode((Int, Int).self)
            }
            let files = try Migration.load(from: TestCluster.migrationsDirectory).count
            #expect(recorded.0 == files && recorded.1 == files)
        }
    }

    @Test("an edited migration makes migrate refuse with exit 65, naming the file and both checksums")
    func editedMigration() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for file in try FileManager.default.contentsOfDirectory(atPath: TestCluster.migrationsDirectory) {
            try FileManager.default.copyItem(
                atPath: "\(TestCluster.migrationsDirectory)/\(file)", toPath: "\(folder.path)/\(file)")
        }
        try await TestDatabase.with(migrated: false) { database in
            let environment = ["DATABASE_URL": database.url, "TTBD_MIGRATIONS": folder.path]
            #expect(try await CommandLineTool.run(["db", "migrate"], environment: environment).status == 0)
            let edited = "\(folder.path)/0002_audit.sql"
            try (try String(contentsOfFile: edited, encoding: .utf8) + "\n-- edited\n")
                .write(toFile: edited, atomically: true, encoding: .utf8)
            let refused = try await CommandLineTool.run(["db", "migrate"], environment: environment)
            #expect(refused.status == 65)
            #expect(refused.standardError.contains("\(edited) changed after it was applied"))
            let original = try Migration.load(from: TestCluster.migrationsDirectory).first { $0.version == "0002" }
            #expect(refused.standardError.contains(try #require(original).checksum))
        }
    }

    @Test("an unreachable server exits 69 with where it was expected; a bad URL or command line exits 64")
    func failuresAndExitCodes() async throws {
        let unreachable = try await CommandLineTool.run(
            ["db", "migrate"], environment: ["DATABASE_URL": "postgres://ttbd@127.0.0.1:1/ttbd?sslmode=disable"])
        #expect(unreachable.status == 69)
        #expect(unreachable.standardError.contains("cannot reach the database ttbd on 127.0.0.1:1"))
        #expect(unreachable.standardError.contains("refused"))

        let badURL = try await CommandLineTool.run(
            ["db", "status"], environment: ["DATABASE_URL": "mysql://root@db/x"])
        #expect(badURL.status == 64)
        #expect(badURL.standardError.contains("DATABASE_URL is not a PostgreSQL URL"))

        let badCommand = try await CommandLineTool.run(["db", "launch"])
        #expect(badCommand.status == 64)
        #expect(badCommand.standardError.contains("Usage"))
    }

    @Test("missing PostgreSQL programs: exit 69 naming the Debian packages to install")
    func missingPostgres() async throws {
        let home = try TemporaryFolder()
        defer { home.remove() }
        // TTBD_PG_BINDIR, when set, is the only place searched: an empty folder stands for a machine without them.
        let output = try await CommandLineTool.run(
            ["db", "up"], environment: ["TTBD_HOME": home.path, "TTBD_PG_BINDIR": home.path])
        #expect(output.status == 69)
        #expect(output.standardError.contains("postgresql postgresql-contrib"))
    }
}
