import PostgresInfrastructure

/// The queries of one area, the catalog import, over the pool.
public struct CatalogStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of the catalog import.
    public var catalog: CatalogStore { CatalogStore(database: self) }
}
