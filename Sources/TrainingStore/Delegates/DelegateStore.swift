import PostgresInfrastructure

/// The queries of one area, the roster: importing and finding delegates, over the pool.
public struct DelegateStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of the roster: importing and finding delegates.
    public var delegates: DelegateStore { DelegateStore(database: self) }
}
