import Foundation
package import PostgresNIO
import TrainingModel

extension Database {
    /// Writes a `pg_dump --format=custom` archive of this database to `path` and its manifest beside it
    /// (``BackupManifest/path(forArchive:)``), and returns the manifest.
    ///
    /// The row counts and schema version of the manifest are read in the very snapshot `pg_dump` dumps
    /// (exported from a repeatable-read transaction held open until it finishes), so they describe the
    /// archive exactly while the service goes on writing. The archive gets its name only once `pg_dump` has
    /// finished, so a half-written file never looks like a backup.
    public func backUp(to path: String, tools: PostgresClientTools, now: Date) async throws -> BackupManifest {
        let partial = path + ".partial"
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let (contents, serverVersion) = try await inExportedSnapshot { connection, snapshot in
            let contents = try await connection.schemaContents(logger: logger)
            let serverVersion = try await connection.query("SHOW server_version", logger: logger)
                .collect().first!.decode(String.self)
            let dump = try await tools.run(
                "pg_dump", ["--format=custom", "--snapshot=\(snapshot)", "--file=\(partial)"], connectingTo: settings)
            guard dump.status == 0 else {
                throw StoreError(
                    .backupFailed, "pg_dump could not back up the \(settings.locationWording): \(dump.text)")
            }
            return (contents, serverVersion)
        }
        var moved = false
        do {
            let digest = try FileDigest(ofFileAt: partial)
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            moved = true
            let manifest = BackupManifest(
                formatVersion: BackupManifest.currentFormat, database: settings.database,
                schemaVersion: contents.lastMigration, serverVersion: serverVersion, createdAt: now,
                archive: (path as NSString).lastPathComponent, bytes: digest.bytes, sha256: digest.sha256,
                tables: contents.tables)
            try manifest.write(to: BackupManifest.path(forArchive: path))
            return manifest
        } catch {
            // An archive without its manifest is no backup (a restore refuses it): neither stays.
            if moved { try? FileManager.default.removeItem(atPath: path) }
            throw StoreError(.backupFailed, "cannot write the backup \(path): \(error.localizedDescription)")
        }
    }

    /// Runs `body` in a read-only repeatable-read transaction with the id of its exported snapshot, which
    /// other sessions (`pg_dump --snapshot`) can import while `body` runs.
    private func inExportedSnapshot<Result: Sendable>(
        _ body: (PostgresConnection, String) async throws -> Result
    ) async throws -> Result {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", logger: logger)
            do {
                let snapshot = try await connection.query("SELECT pg_export_snapshot()", logger: logger)
                    .collect().first!.decode(String.self)
                let result = try await body(connection, snapshot)
                try await connection.query("COMMIT", logger: logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }
}
