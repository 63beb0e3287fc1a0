import Logging
import PostgresInfrastructure
import PostgresNIO

/// A store of one area (``DelegateStore``, ``EnrollmentStore``, …): a view of the pool that holds the
/// queries of that area, so no single type carries every query of the project. Areas reach each other
/// through ``database`` (`database.reports.reportClass(code:)`), which keeps the dependency visible.
protocol StoreArea: Sendable {
    var database: Database { get }
}

extension StoreArea {
    var client: PostgresClient { database.client }
    var logger: Logger { database.logger }

    /// A transaction of the pool, with its audit actor (see ``Database/transaction(_:)``).
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await database.transaction(body)
    }

    func withConnection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await database.withConnection(body)
    }

    /// The id the first row of `query` gives, or `error` when there is none (an unknown code).
    func requireID(_ query: PostgresQuery, otherwise error: @autoclosure () -> StoreError) async throws -> Int {
        guard let row = try await client.query(query, logger: logger).collect().first else { throw error() }
        return try row.decode(Int.self)
    }

    /// Runs a statement whose single row is a count.
    func count(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> Int {
        try await connection.query(query, logger: logger).collect().first?.decode(Int.self) ?? 0
    }

    /// `text` for a LIKE pattern in which its wildcards are meant literally: a search for "50%" finds "50%".
    static func escapedForLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
