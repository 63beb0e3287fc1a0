import PostgresInfrastructure

/// The queries of one area, materials and their modules, over the pool.
public struct MaterialStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of materials and their modules.
    public var materials: MaterialStore { MaterialStore(database: self) }
}
