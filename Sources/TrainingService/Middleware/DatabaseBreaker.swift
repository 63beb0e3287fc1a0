import PostgresInfrastructure

/// Remembers that the database is down, so requests meanwhile get 503 in milliseconds instead of each waiting
/// out the request deadline for a connection that will not come (found: every request took the full 10 s).
/// While open, one request at a time, at most once a second, probes the database (1 s); the first probe that
/// answers closes it.
actor DatabaseBreaker {
    private var openSince: ContinuousClock.Instant?
    private var lastProbe: ContinuousClock.Instant?
    private var probing = false
    let database: Database

    init(database: Database) {
        self.database = database
    }

    /// Returns when a request may go to the database; throws the 503 while the database is known to be down and
    /// it is not this request's turn to probe, or the probe fails.
    func admit() async throws {
        guard openSince != nil else { return }
        let now = ContinuousClock.now
        guard !probing, lastProbe.map({ now - $0 >= .seconds(1) }) ?? true else { throw Problem.unavailable }
        probing = true
        lastProbe = now
        defer { probing = false }
        do {
            try await database.checkReachable(timeout: .seconds(1))
            openSince = nil
        } catch {
            throw Problem.unavailable
        }
    }

    /// After a request ran out of time: whether the database is what it waited for (then the breaker opens), or
    /// something else was slow, such as the client's upload.
    func isDatabaseDown() async -> Bool {
        if openSince != nil { return true }
        do {
            try await database.checkReachable(timeout: .seconds(1))
            return false
        } catch {
            openSince = ContinuousClock.now
            return true
        }
    }

    /// A request failed to reach the database.
    func tripped() {
        if openSince == nil { openSince = ContinuousClock.now }
    }
}
