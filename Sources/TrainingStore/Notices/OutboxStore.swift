import PostgresInfrastructure

/// The queries of one area, the outbox of notices to delegates, over the pool.
public struct OutboxStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of the outbox.
    public var outbox: OutboxStore { OutboxStore(database: self) }
}
