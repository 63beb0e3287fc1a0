import PostgresInfrastructure

/// The queries of one area: a class as Moodle and Canvas upload it, and online modules done on Moodle.
public struct LearningPlatformStore: StoreArea {
    let database: Database
}

extension Database {
    /// The store of the exchanges with learning platforms (Moodle, Canvas).
    public var learningPlatforms: LearningPlatformStore { LearningPlatformStore(database: self) }
}
