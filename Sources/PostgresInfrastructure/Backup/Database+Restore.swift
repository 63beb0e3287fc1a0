import Foundation
package import PostgresNIO

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
    /// cannot read, and a target that is not empty unless `force` (which drops the target's public schema
    /// first, everything ttbd keeps, and is not undone if the restore then fails). The restore itself runs in
    /// one transaction (`pg_restore --single-transaction --exit-on-error`): a failure leaves the target as it
    /// was before it.
    public func restore(
        archive archivePath: String, manifest: BackupManifest, tools: PostgresClientTools, migrator: Migrator,
        force: Bool
    ) async throws -> RestoreReport {
        if let version = manifest.schemaVersion, !migrator.migrations.contains(where: { $0.name == version }) {
            throw StoreError(
                .invalidBackup,
                "\(archivePath) holds schema version \(version), which this ttbd does not know (its last migration is "
                    + "\(migrator.migrations.last?.name ?? "none")); restore it with the ttbd that made it or a newer one"
            )
        }
        let listing = try await tools.run("pg_restore", ["--list", archivePath])
        guard listing.status == 0 else {
            throw StoreError(.invalidBackup, "pg_restore cannot read \(archivePath): \(listing.text)")
        }
        let logger = self.logger
        let before = try await withConnection { try await $0.schemaContents(logger: logger) }
        if !before.isEmpty {
            guard force else {
                throw StoreError(
                    .refused, "the \(settings.location) is not empty: it holds \(before.summary)",
                    remedy: .restoreWithForce)
            }
            try await dropPublicSchema()
        }
        // Owners and grants name roles of the server the backup came from, which this one may lack: what the
        // restore creates belongs to the user restoring it, as what ttbd's migrations create does.
        let restore = try await tools.run(
            "pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", archivePath],
            connectingTo: settings)
        guard restore.status == 0 else {
            throw StoreError(
                .restoreFailed,
                "pg_restore stopped on an error and restored nothing into the \(settings.location)"
                    + (before.isEmpty ? "" : ", which was emptied first as asked") + ": \(restore.text)")
        }
        let restored = try await withConnection { try await $0.schemaContents(logger: logger) }
        guard restored.tables == manifest.tables else {
            throw StoreError(
                .inconsistentData,
                "the restore of \(archivePath) brought back other row counts than its manifest records, in the tables "
                    + Set(restored.tables.keys).union(manifest.tables.keys)
                    .filter { restored.tables[$0] != manifest.tables[$0] }.sorted().joined(separator: ", "))
        }
        let applied = try await migrator.migrate(self)
        // The archive carries no grants (see above); the application role gets its rights back here.
        try await client.query(
            "SELECT grant_application_role() WHERE to_regproc('grant_application_role') IS NOT NULL", logger: logger)
        // pg_restore leaves the planner without statistics until autovacuum gets round to the tables.
        try await client.query("ANALYZE", logger: logger)
        return RestoreReport(replaced: before.isEmpty ? nil : before, restored: restored, applied: applied)
    }

    /// Drops the public schema with everything in it (tables, functions, the extensions ttbd installed there)
    /// and creates it empty again, open to everyone as a new database's is.
    private func dropPublicSchema() async throws {
        let logger = self.logger
        try await transaction { connection in
            for statement in [
                "DROP SCHEMA public CASCADE", "CREATE SCHEMA public", "GRANT USAGE ON SCHEMA public TO PUBLIC",
            ] {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }
}
