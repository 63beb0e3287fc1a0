import PostgresInfrastructure

/// The queries of one area, venues, rooms, lecturers and when they are unavailable, over the pool.
public struct ResourceStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of venues, rooms, lecturers and when they are unavailable.
    public var resources: ResourceStore { ResourceStore(database: self) }
}
