import ArgumentParser
import Foundation
import PostgresInfrastructure

extension TTBD.Database {
    struct Backup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Write a consistent archive of the database (pg_dump --format=custom) and its manifest.",
            discussion: """
                Writes FILE and FILE.manifest.json beside it: the format version, the database, its schema version \
                (last applied migration), the time, the archive's size and SHA-256, and the rows of every table. A \
                backup is both files: copy them together. Changes nothing in the database (it applies no pending \
                migration first).
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: ArgumentHelp(
                "Where to write the archive (default: ttbd-YYYYMMDD-HHMMSS.backup in this folder, the time in UTC).",
                valueName: "file"))
        var output: String?

        func run() async throws {
            let now = Date()
            let path = output ?? BackupFolder.archiveName(at: now)
            let folder = (path as NSString).deletingLastPathComponent
            guard folder.isEmpty || FileManager.default.fileExists(atPath: folder) else {
                throw ValidationError("the folder of \(path) does not exist")
            }
            for file in [path, BackupManifest.path(forArchive: path)] where FileManager.default.fileExists(atPath: file)
            {
                throw ValidationError("\(file) already exists; choose another --output or move it away")
            }
            let manifest = try await database.withDatabase(migrations: .leave, role: .owner) { database in
                try await database.backUp(
                    to: path, tools: try await database.clientTools(environment: ProcessInfo.processInfo.environment),
                    now: now)
            }
            print(
                "Backed up database \(manifest.database) (schema \(manifest.schemaVersion ?? "none"), "
                    + "\(manifest.tables.count) tables, \(manifest.rows.grouped) rows) to \(path): "
                    + "\(manifest.bytes.grouped) bytes, sha256 \(manifest.sha256.prefix(12))…; "
                    + "manifest \(BackupManifest.path(forArchive: path)).")
        }
    }
}
