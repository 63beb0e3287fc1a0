import PostgresInfrastructure

/// The queries of one area, the accounts, their tokens and who may see what, over the pool.
public struct AccountStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of the accounts, their tokens and who may see what.
    public var accounts: AccountStore { AccountStore(database: self) }
}
