import PostgresInfrastructure

/// The queries of one area, timetables of a delegate, class, lecturer or room, over the pool.
public struct ScheduleStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of timetables of a delegate, class, lecturer or room.
    public var schedules: ScheduleStore { ScheduleStore(database: self) }
}
