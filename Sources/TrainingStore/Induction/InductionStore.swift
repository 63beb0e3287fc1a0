import PostgresInfrastructure

/// The queries of one area, forming and scheduling the induction, over the pool.
public struct InductionStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of forming and scheduling the induction.
    public var induction: InductionStore { InductionStore(database: self) }
}
