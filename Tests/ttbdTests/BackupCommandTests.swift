import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing

@Suite("ttbd db backup and restore on the command line")
struct BackupCommandTests {
    /// Every row of every table (the audit log, the migrations with their times) and every identity counter comes
    /// back; the target then holds data, so a second restore needs --force, which replaces what it holds.
    @Test("restored into an empty database, a backup brings back every row; again, only with --force")
    func roundTrip() async throws {
        try await EnrollCommandWorld.with { world in
            let created = try await world.ttbd(
                "classes", "create", "--code", "B-HN-01", "--curriculum", "CT-B", "--capacity", "1", "--venue", "HN",
                "--from", "2026-05-04", "--to", "2026-05-29")
            #expect(created.status == 0, "\(created.text)")
            let enrolled = try await world.ttbd("enroll", "B-HN-01", "0101", "0102")
            #expect(enrolled.status == 0, "\(enrolled.text)")

            let archive = "\(world.folder.path)/center.backup"
            let backup = try await world.ttbd("db", "backup", "--output", archive)
            #expect(backup.status == 0, "\(backup.text)")
            let last = try #require(try Migration.load(from: TestCluster.migrationsDirectory).last).name
            #expect(
                backup.standardOutput.hasPrefix(
                    "Backed up database \(world.database.settings.database) (schema \(last), "),
                "\(backup.standardOutput)")
            #expect(backup.standardOutput.hasSuffix("manifest \(archive).manifest.json."))
            let source = try await world.database.fingerprint()
            for table in ["audit_log", "enrollments", "delegates", "communes", "schema_migrations"] {
                #expect(source.tables[table]?.hasPrefix("0:") == false, "\(table) should hold rows to compare")
            }
            let sourceCounters = try await Self.identityCounters(world.database)

            try await TestDatabase.with(migrated: false) { target in
                let restore = try await CommandLineTool.run(["db", "restore", archive, "--into", target.url])
                #expect(restore.status == 0, "\(restore.text)")
                #expect(restore.standardOutput.contains("No migration to apply"), "\(restore.standardOutput)")
                let restored = try await target.fingerprint()
                #expect(restored == source, "tables that differ: \(restored.differences(from: source))")
                #expect(try await Self.identityCounters(target) == sourceCounters)
                // The archive carries no grants; the restore gives the application role its rights back.
                let application = try await CommandLineTool.run(
                    ["delegates", "list", "--format", "csv"],
                    environment: [
                        "DATABASE_URL": target.settings.with(username: StoreConfiguration.applicationRole).url
                    ])
                #expect(application.status == 0, "\(application.text)")

                let again = try await CommandLineTool.run(["db", "restore", archive, "--into", target.url])
                #expect(again.status == 65)
                #expect(again.standardError.contains("is not empty: it holds"), "\(again.standardError)")
                #expect(
                    again.standardError.hasSuffix(
                        "add --force to drop what it holds and restore, or restore into an empty database with --into postgres://…"
                    ))
                #expect(try await target.fingerprint() == source)

                try await target.run { pool in
                    try await pool.client.query(
                        "INSERT INTO venues (code, name, province_code) VALUES ('HCM', 'Hội trường', '79')",
                        logger: TestCluster.logger)
                }
                let forced = try await CommandLineTool.run(["db", "restore", archive, "--into", target.url, "--force"])
                #expect(forced.status == 0, "\(forced.text)")
                #expect(forced.standardOutput.contains("Dropped what the target held (--force): "))
                #expect(try await target.fingerprint() == source)
            }
        }
    }

    @Test(
        "damaged, unreadable, of an unknown schema or without manifest: exit 65 even with --force, nothing changed"
    )
    func damagedArchives() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { source in
            try await source.run { try await ReferenceData.load(into: $0) }
            let archive = "\(folder.path)/good.backup"
            try await Self.backUp(source, to: archive)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: archive))
            let manifest = try Data(contentsOf: URL(fileURLWithPath: BackupManifest.path(forArchive: archive)))
            var edited = bytes
            edited[edited.count / 2] ^= 0x01
            let garbage = Data("not a pg_dump archive\n".utf8)

            let cases: [(name: String, archive: Data, manifest: Data?, expected: String)] = [
                (
                    "truncated", bytes.prefix(bytes.count / 2), manifest,
                    "is \(bytes.count / 2) bytes, but its manifest expects \(bytes.count)"
                ),
                ("edited", edited, manifest, "changed after it was written"),
                ("orphan", bytes, nil, "has no manifest: expected "),
                (
                    "garbage", garbage,
                    try Self.manifest(manifest, with: ["bytes": garbage.count, "sha256": try Self.sha256(garbage)]),
                    "pg_restore cannot read"
                ),
                (
                    "future", bytes, try Self.manifest(manifest, with: ["schemaVersion": "9999_future"]),
                    "holds schema version 9999_future, which this ttbd does not know"
                ),
            ]
            try await TestDatabase.with { target in
                try await target.run { try await ReferenceData.load(into: $0) }
                let before = try await target.fingerprint()
                for damaged in cases {
                    let path = "\(folder.path)/\(damaged.name).backup"
                    try damaged.archive.write(to: URL(fileURLWithPath: path))
                    try damaged.manifest?.write(to: URL(fileURLWithPath: BackupManifest.path(forArchive: path)))
                    let refused = try await CommandLineTool.run([
                        "db", "restore", path, "--into", target.url, "--force",
                    ])
                    #expect(refused.status == 65, "\(damaged.name): \(refused.text)")
                    #expect(refused.standardError.contains(path), "\(refused.standardError)")
                    #expect(refused.standardError.contains(damaged.expected), "\(refused.standardError)")
                }
                #expect(try await target.fingerprint() == before)
            }
        }
    }

    @Test("an archive of an older schema is restored and migrated forward to this ttbd's schema")
    func olderSchema() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let migrations = try Migration.load(from: TestCluster.migrationsDirectory)
        let older = Array(migrations.prefix(14))
        try await TestDatabase.with(migrated: false) { source in
            try await source.run { pool in
                _ = try await Migrator(migrations: older, logger: TestCluster.logger).migrate(pool)
                try await ReferenceData.load(into: pool)
            }
            let archive = "\(folder.path)/older.backup"
            let backup = try await Self.backUp(source, to: archive)
            #expect(backup.standardOutput.contains("(schema \(older.last!.name), "), "\(backup.standardOutput)")
            let before = try await source.fingerprint()

            try await TestDatabase.with(migrated: false) { target in
                let restore = try await CommandLineTool.run(["db", "restore", archive, "--into", target.url])
                #expect(restore.status == 0, "\(restore.text)")
                let applied = restore.standardOutput.split(separator: "\n").filter { $0.hasPrefix("Applied migration") }
                #expect(applied == migrations.dropFirst(14).map { "Applied migration \($0.name)." })
                let status = try await CommandLineTool.run(
                    ["db", "status", "--format", "json"], environment: ["DATABASE_URL": target.url])
                let report = try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any]
                #expect((report?["pending"] as? [Any])?.isEmpty == true, "\(status.text)")
                let after = try await target.fingerprint()
                for table in ["provinces", "communes", "terms"] {
                    #expect(after.tables[table] == before.tables[table], "\(table)")
                }
            }
        }
    }

    @Test("a sound archive and a target that does not answer: exit 69, nothing restored")
    func unreachableTarget() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { source in
            let archive = "\(folder.path)/empty.backup"
            try await Self.backUp(source, to: archive)
            let refused = try await CommandLineTool.run(
                ["db", "restore", archive, "--into", "postgres://ttbd@/ttbd?host=\(folder.path)/no-server"])
            #expect(refused.status == 69, "\(refused.text)")
            #expect(refused.standardError.contains("cannot reach the database ttbd"), "\(refused.standardError)")
        }
    }

    @Test(
        "without --output the archive is ttbd-YYYYMMDD-HHMMSS.backup (UTC) in the current folder, beside its manifest")
    func defaultName() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { source in
            let earliest = BackupFolder.archiveName(at: Date())
            var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TTBD_") }
            environment["TTBD_LANG"] = "en"
            environment["DATABASE_URL"] = source.url
            let shell = ChildProcess(
                "/bin/sh", ["-c", "cd \"$1\" && exec \"$2\" db backup", "sh", folder.path, CommandLineTool.path],
                environment: environment)
            let backup = try await offCooperativePool { try shell.run() }
            #expect(backup.status == 0, "\(backup.text)")
            let latest = BackupFolder.archiveName(at: Date())
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(files.count == 2 && files[1] == files[0] + ".manifest.json", "\(files)")
            #expect(files[0].wholeMatch(of: /ttbd-[0-9]{8}-[0-9]{6}\.backup/) != nil)
            #expect(earliest <= files[0] && files[0] <= latest)
            #expect(backup.standardOutput.contains(") to \(files[0]): "), "\(backup.standardOutput)")
        }
    }

    /// `ttbd db backup --output archive` of `database`, expected to succeed.
    @discardableResult
    static func backUp(_ database: TestDatabase, to archive: String) async throws -> ChildProcess.Output {
        let backup = try await CommandLineTool.run(
            ["db", "backup", "--output", archive], environment: ["DATABASE_URL": database.url])
        #expect(backup.status == 0, "\(backup.text)")
        return backup
    }

    /// The last value of every sequence of the public schema (the identity columns'), which the rows alone do
    /// not show: a restored database must go on numbering where the backed-up one stopped.
    static func identityCounters(_ database: TestDatabase) async throws -> [String] {
        try await database.run { pool in
            try await pool.client.query(
                """
                SELECT sequencename || ' ' || coalesce(last_value::text, 'unused')
                FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename
                """, logger: TestCluster.logger
            ).collect().map { try $0.decode(String.self) }
        }
    }

    /// `manifest` with `changes` to its fields.
    static func manifest(_ manifest: Data, with changes: [String: Any]) throws -> Data {
        let fields = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        return try JSONSerialization.data(withJSONObject: fields.merging(changes) { _, new in new })
    }

    /// The SHA-256 of `data` in hex, by `sha256sum`, to forge a manifest that only pg_restore can fault.
    static func sha256(_ data: Data) throws -> String {
        let file = "/tmp/ttbd-forged-\(UUID().uuidString)"
        try data.write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        return String(try ChildProcess("/usr/bin/sha256sum", [file]).run().standardOutput.prefix(64))
    }
}
