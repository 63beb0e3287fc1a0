import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// The queries of regional conferences: opening them in their region's rotation, their programme, invitations,
/// registrations, attendance and report.
public struct ConferenceStore: StoreArea {
    let database: Database

    /// Rows of `query`, inside `transaction` when there is one (a dry run reads what it has just written).
    func rows(_ query: PostgresQuery, in transaction: Transaction?) async throws -> PostgresRowSequence {
        if let transaction { return try await transaction.connection.query(query, logger: logger) }
        return try await client.query(query, logger: logger)
    }

    /// The conference's id, its row locked until the transaction ends, so its programme and registrations
    /// change one writer at a time.
    func lockConference(_ code: String, in transaction: Transaction) async throws -> Int {
        let row = try await transaction.connection.query(
            "SELECT id FROM conferences WHERE code = \(code) FOR UPDATE", logger: logger
        ).collect().first
        guard let row else { throw StoreError.noConference(code) }
        return try row.decode(Int.self)
    }
}

extension Database {
    /// The store of regional conferences.
    public var conferences: ConferenceStore { ConferenceStore(database: self) }
}

extension StoreError {
    /// A conference code that names no conference.
    public static func noConference(_ code: String) -> StoreError {
        StoreError(.notFound, "no conference has the code \(code)" as Message)
    }
}
