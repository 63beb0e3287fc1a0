import ArgumentParser
import Foundation
import PostgresInfrastructure

extension TTBD.Database {
    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Restore a backup into an empty database, then apply the migrations it lacks.",
            discussion: """
                First checks FILE against FILE.manifest.json (size, SHA-256) and that pg_restore can read it, and \
                refuses a target that holds any table; nothing is restored when a check fails (exit 65). The \
                restore runs in one transaction (pg_restore --single-transaction), so a failure leaves the target \
                as it was. --force first drops the target's public schema, everything ttbd keeps there; that drop \
                is not undone if the restore then fails. The database named by --into must exist; the private \
                cluster is started and its database created when needed.
                """)

        @Argument(
            help: ArgumentHelp("An archive ttbd db backup wrote, with its manifest beside it.", valueName: "file"))
        var file: String

        @Option(
            help: ArgumentHelp(
                "The database to restore into (default: --database-url, $DATABASE_URL or the private cluster).",
                valueName: "postgres://…"))
        var into: String?

        @Flag(help: "Drop what the target holds (its public schema), then restore.")
        var force = false

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let manifest = try BackupManifest.check(archive: file)
            print(
                "Checked \(file) against its manifest: \(manifest.bytes.grouped) bytes and SHA-256 as recorded; "
                    + "database \(manifest.database) at schema \(manifest.schemaVersion ?? "none"), backed up "
                    + "\(manifest.createdAt.formatted(.iso8601)).")
            var target = database
            target.databaseURL = into ?? database.databaseURL
            let configuration = try target.configuration()
            let migrator = Migrator(
                migrations: try configuration.migrations(), logger: .ttbd)
            let report = try await target.withDatabase(migrations: .leave) { database in
                try await database.restore(
                    archive: file, manifest: manifest,
                    tools: try await database.clientTools(environment: ProcessInfo.processInfo.environment),
                    migrator: migrator, force: force)
            }
            if let replaced = report.replaced {
                print(
                    "Dropped what the target held (--force): \(replaced.tables.count) tables with "
                        + "\(replaced.rows.grouped) rows, \(replaced.appliedMigrations) applied migrations.")
            }
            print(
                "Restored \(report.restored.tables.count) tables with \(report.restored.rows.grouped) rows into the "
                    + "\(configuration.settings.location).")
            for migration in report.applied {
                print("Applied migration \(migration.name).")
            }
            if report.applied.isEmpty {
                print("No migration to apply: the backup has this ttbd's schema.")
            }
        }
    }
}
