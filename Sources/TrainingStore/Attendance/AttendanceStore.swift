import PostgresInfrastructure

/// The queries of one area, marking, importing and closing attendance, and the sheets, over the pool.
public struct AttendanceStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of marking, importing and closing attendance, and the sheets.
    public var attendance: AttendanceStore { AttendanceStore(database: self) }
}
