import PostgresInfrastructure

/// The queries of one area, opening and reading classes, over the pool.
public struct ClassStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of opening and reading classes.
    public var classes: ClassStore { ClassStore(database: self) }
}
