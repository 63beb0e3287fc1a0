package import PostgresNIO
import TrainingModel

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
                throw StoreError(.unavailable, "the database did not answer within \(Message.duration(timeout))")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }
}

extension Message {
    /// A duration as a person reads it: whole seconds (`2 seconds`), else whole milliseconds, counted as the
    /// reader's language writes numbers.
    package static func duration(_ duration: Duration) -> Message {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 {
            return seconds == 1 ? "1 second" : "\(number: Int(seconds)) seconds"
        }
        let milliseconds = Int(seconds) * 1_000 + Int(attoseconds / 1_000_000_000_000_000)
        return milliseconds == 1 ? "1 millisecond" : "\(number: milliseconds) milliseconds"
    }
}
