import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Makes the database hold exactly `catalog`, in one transaction (see
    /// ``TrainingStore/PostgresInfrastructure/Database/importCatalog(_:force:dryRun:in:)``); with `dryRun`
    /// everything runs and is rolled back, so the report is exactly what an import would do.
    public func importCatalog(_ catalog: Catalog, dryRun: Bool = false, force: Bool = false) async throws
        -> CatalogChanges
    {
        do {
            return try await database.transaction(dryRun: dryRun) { transaction in
                try await database.catalog.importCatalog(catalog, force: force, dryRun: dryRun, in: transaction)
            }
        } catch {
            throw CatalogImportError(stillReferenced: error) ?? error
        }
    }
}
