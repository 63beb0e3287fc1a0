import PostgresInfrastructure

/// The queries of one area, the reports, over the pool.
public struct ReportStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of the reports.
    public var reports: ReportStore { ReportStore(database: self) }
}
