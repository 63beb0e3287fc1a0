internal import PostgresNIO

extension Database {
    /// Runs `body` while a connection of its own watches the server, when this pool fails fast
    /// (``failingFast(whenConnectionLost:)``). A leased connection is watched already, but a read sent straight
    /// through the pool is not, and postgres-nio can leave it waiting forever on a connection the server closed as
    /// it crashed (the crash tests met it about once in 20 crashes). When the watching connection closes and `body`
    /// has not ended 10 seconds later, the pool's handler ends the command (exit 69); the server has rolled back
    /// whatever was open. A server that cannot be reached for the watch is unavailable: the command does not run
    /// unwatched (a crash just after the probe once left one waiting until it was killed).
    public func watchingServer<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        guard let connectionLost else { return try await body() }
        let connection = try await Self.connection(settings, logger: logger)
        let watch = LostConnectionWatch(
            connection: connection, location: settings.locationWording, grace: .seconds(10), handler: connectionLost)
        defer { watch.stop() }
        let result: Result
        do {
            result = try await body()
        } catch {
            try? await connection.close()
            throw error
        }
        // Awaited, so the command leaves no session behind on a database someone may copy next.
        try? await connection.close()
        return result
    }
}
