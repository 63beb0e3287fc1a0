import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension CatalogStore {
    /// Makes the database hold `catalog` inside `transaction`, and says what changed, kind by kind.
    ///
    /// Each kind the catalog holds becomes exactly what the catalog says: new rows are added, rows that
    /// differ are updated (only those, so an unchanged catalog writes nothing), rows the catalog no longer
    /// has are removed. Kinds the catalog does not mention are left alone. Removing a module or a program a
    /// class uses is refused with the list of those classes, unless `force`, which removes that use too
    /// (never a class with enrollments or certificates). `dryRun` only marks the report: the caller rolls
    /// the transaction back. A removal other records still need fails when the transaction commits;
    /// ``CatalogImportError/init(stillReferenced:)`` says so in words.
    public func importCatalog(_ catalog: Catalog, force: Bool, dryRun: Bool, in transaction: Transaction)
        async throws -> CatalogChanges
    {
        let connection = transaction.connection
        let writer = CatalogWriter(connection: connection, logger: logger, catalog: catalog)
        // Two imports at once would each see the other's rows as "to remove".
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext('ttbd.catalog'))", logger: logger)
        let before = try await writer.snapshot()
        let detached = try await writer.checkRemovals(force: force)
        try await writer.apply()
        var changes = CatalogChanges(
            kinds: writer.kinds, before: before, after: try await writer.snapshot(), dryRun: dryRun)
        changes.detachedClasses = detached
        return changes
    }
}

extension CatalogImportError {
    /// The refusal a foreign-key violation of an import stands for (something removed is still used), or
    /// `nil` for any other error.
    public init?(stillReferenced error: any Error) {
        guard DatabaseFailure.sqlState(of: error) == "23503" else { return nil }
        let detail = DatabaseFailure.serverError(in: error)?.serverInfo?[.detail] ?? ""
        self.init(
            .stillReferenced,
            "cannot remove what the catalog no longer lists: other records still use it (\(detail)); nothing was imported"
        )
    }
}
