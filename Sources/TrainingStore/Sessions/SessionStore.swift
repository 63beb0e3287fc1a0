import PostgresInfrastructure

/// The queries of one area, adding, moving and cancelling sessions, and listing them, over the pool.
public struct SessionStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of adding, moving and cancelling sessions, and listing them.
    public var sessions: SessionStore { SessionStore(database: self) }
}
