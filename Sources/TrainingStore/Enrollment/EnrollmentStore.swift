import PostgresInfrastructure

/// The queries of one area, enrolling and withdrawing, over the pool.
public struct EnrollmentStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of enrolling and withdrawing.
    public var enrollments: EnrollmentStore { EnrollmentStore(database: self) }
}
