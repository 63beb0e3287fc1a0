import PostgresInfrastructure

/// The queries of one area, issuing and reading certificates, over the pool.
public struct CertificateStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of issuing and reading certificates.
    public var certificates: CertificateStore { CertificateStore(database: self) }
}
