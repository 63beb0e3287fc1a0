import PostgresInfrastructure

/// The queries of one area, planning classes in half-days, rooms and lecturers, over the pool.
public struct PlanningStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of planning classes in half-days, rooms and lecturers.
    public var planning: PlanningStore { PlanningStore(database: self) }
}
