import PostgresInfrastructure
import PostgresNIO

extension Database {
    /// The id the first row of `query` gives, or `error` when there is none (an unknown code).
    func requireID(_ query: PostgresQuery, otherwise error: @autoclosure () -> StoreError) async throws -> Int {
        guard let row = try await client.query(query, logger: logger).collect().first else { throw error() }
        return try row.decode(Int.self)
    }
}
