import Foundation
package import PostgresNIO
import TrainingModel

/// What ``Database/restore(archive:manifest:tools:migrator:force:)`` did.
public struct RestoreReport: Sendable {
    /// What the target held before `force` dropped it; nil when it was empty.
    public var replaced: SchemaContents?
    /// What the restore brought back, counted in the target before migrating: the manifest's tables and rows.
    public var restored: SchemaContents
    /// The migrations applied after the restore, for an archive of an older schema.
    public var applied: [Migration]
}

extension Database {
    /// Restores the archive at `archivePath`, already checked against its `manifest`
    /// (``BackupManifest/check(archive:)``), into this database, then applies the migrations it lacks.
    ///
    /// Refuses, changing nothing, an archive of a schema `migrator` does not know, an archive `pg_restore`
    /// cannot read, and a target that is not empty unless `force` (which drops the target's public schema,
    /// everything ttbd keeps). The drop, the restore and the application role's rights are one transaction
    /// (`pg_restore` writes the archive as SQL, `psql --single-transaction` runs it after the drop): a failure, a
    /// killed command or a crashed server leaves the target as it was before.
    public func restore(
        archive archivePath: String, manifest: BackupManifest, tools: PostgresClientTools, migrator: Migrator,
        force: Bool
    ) async throws -> RestoreReport {
        if let version = manifest.schemaVersion, !migrator.migrations.contains(where: { $0.name == version }) {
            guard let last = migrator.migrations.last?.name else {
                throw StoreError(
                    .invalidBackup,
                    "\(archivePath) holds schema version \(version), which this ttbd does not know (its last "
                        + "migration is none); restore it with the ttbd that made it or a newer one")
            }
            throw StoreError(
                .invalidBackup,
                "\(archivePath) holds schema version \(version), which this ttbd does not know (its last migration is "
                    + "\(last)); restore it with the ttbd that made it or a newer one")
        }
        let listing = try await tools.run("pg_restore", ["--list", archivePath])
        guard listing.status == 0 else {
            throw StoreError(.invalidBackup, "pg_restore cannot read \(archivePath): \(listing.text)")
        }
        let logger = self.logger
        let before = try await withConnection { try await $0.schemaContents(logger: logger) }
        if !before.isEmpty, !force {
            throw StoreError(
                .refused, "the \(settings.locationWording) is not empty: it holds \(before.summaryWording)",
                remedy: .restoreWithForce)
        }
        try await restoreInOneTransaction(archive: archivePath, tools: tools, dropping: !before.isEmpty)
        let restored = try await withConnection { try await $0.schemaContents(logger: logger) }
        guard restored.tables == manifest.tables else {
            let differing = Set(restored.tables.keys).union(manifest.tables.keys)
                .filter { restored.tables[$0] != manifest.tables[$0] }.sorted().joined(separator: ", ")
            throw StoreError(
                .inconsistentData,
                "the restore of \(archivePath) brought back other row counts than its manifest records, in the tables "
                    + "\(differing)")
        }
        let applied = try await migrator.migrate(self)
        if !applied.isEmpty {
            // What the migrations created is the application role's too.
            try await client.query(Self.grantApplicationRole, logger: logger)
        }
        // pg_restore leaves the planner without statistics until autovacuum gets round to the tables.
        try await client.query("ANALYZE", logger: logger)
        return RestoreReport(replaced: before.isEmpty ? nil : before, restored: restored, applied: applied)
    }

    /// The archive carries no grants (see ``restoreInOneTransaction(archive:tools:dropping:)``): the application
    /// role, when the schema has one, gets its rights back.
    private static let grantApplicationRole: PostgresQuery = """
        DO $$ BEGIN
            IF to_regproc('public.grant_application_role') IS NOT NULL THEN
                PERFORM public.grant_application_role();
            END IF;
        END $$
        """

    /// Restores the archive as one transaction: with `dropping`, the public schema is dropped with everything in
    /// it (tables, functions, the extensions ttbd installed there) and created empty again, open to everyone as
    /// a new database's is; then the archive's SQL; then the application role's rights.
    private func restoreInOneTransaction(archive archivePath: String, tools: PostgresClientTools, dropping: Bool)
        async throws
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ttbd-restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("restore.sql").path
        // Owners and grants name roles of the server the backup came from, which this one may lack: what the
        // restore creates belongs to the user restoring it, as what ttbd's migrations create does.
        let written = try await tools.run(
            "pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--file", script, archivePath])
        guard written.status == 0 else {
            throw StoreError(.invalidBackup, "pg_restore cannot read \(archivePath): \(written.text)")
        }
        let drop = ["DROP SCHEMA public CASCADE", "CREATE SCHEMA public", "GRANT USAGE ON SCHEMA public TO PUBLIC"]
        let commands =
            (dropping ? drop.flatMap { ["--command", $0] } : []) + ["--file", script]
            // The archive's SQL empties the search path, on which the role's function finds its tables.
            + ["--command", "SET search_path TO public", "--command", Self.grantApplicationRole.sql]
        let restore = try await tools.run(
            "psql",
            ["--no-psqlrc", "--quiet", "--output", "/dev/null", "--set", "ON_ERROR_STOP=1", "--single-transaction"]
                + commands,
            connectingTo: settings)
        // psql's 2: the connection went bad.
        if restore.status == 2 {
            throw StoreError.connectionLost(to: settings.locationWording, because: Message(verbatim: restore.text))
        }
        guard restore.status == 0 else {
            throw StoreError(
                .restoreFailed,
                "the restore stopped on an error and changed nothing in the \(settings.locationWording): \(restore.text)"
            )
        }
    }
}
