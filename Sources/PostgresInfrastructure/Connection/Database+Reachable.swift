package import PostgresNIO

extension Database {
    /// Asks the server one trivial question, failing with `unavailable` when it does not answer within
    /// `timeout`: the pool waits for a connection while the server is down, and a request must not.
    public func checkReachable(timeout: Duration = .seconds(2)) async throws {
        try await withAvailability(timeout: timeout) {
            _ = try await client.query("SELECT 1", logger: logger).collect()
        }
    }

    /// Runs `body`, failing with `unavailable` when it takes longer than `timeout`.
    public func withAvailability<Result: Sendable>(
        timeout: Duration, _ body: @escaping @Sendable () async throws -> Result
    ) async throws -> Result {
        try await withThrowingTaskGroup(of: Result.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw StoreError(.unavailable, "the database did not answer within \(timeout)")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }
}
