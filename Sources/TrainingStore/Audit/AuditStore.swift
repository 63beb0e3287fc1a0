import PostgresInfrastructure

/// The queries of one area, the audit log, over the pool.
public struct AuditStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of the audit log.
    public var audit: AuditStore { AuditStore(database: self) }
}
