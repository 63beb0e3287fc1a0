import PostgresInfrastructure

/// The queries of one area, the background jobs, over the pool.
public struct JobStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of the background jobs.
    public var jobs: JobStore { JobStore(database: self) }
}
