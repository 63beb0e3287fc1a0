import PostgresInfrastructure

/// Remembers that the database is down, so requests meanwhile get 503 in milliseconds instead of each waiting
/// out the request deadline for a connection that will not come (found: every request took the full 10 s).
/// No request ever waits for a probe: probes run in the background, at most one at a time and one a second — when a
/// request is slow, to see whether the database is why, and while open, to close it. A probe opens a connection of
/// its own rather than asking the pool, which a busy but healthy service may have lent out entirely: a probe
/// waiting for it would find the database "down" just when it is busiest.
actor DatabaseBreaker {
    private var isOpen = false
    private var lastProbe: ContinuousClock.Instant?
    private var probing = false
    let database: Database

    init(database: Database) {
        self.database = database
    }

    /// Throws the 503 while the database is known to be down (and starts a probe when one is due).
    func admit() throws(Problem) {
        guard isOpen else { return }
        probeIfDue()
        throw Problem.databaseDown
    }

    /// A request is slow, or could not reach the database: find out in the background whether it is down.
    func suspect() {
        probeIfDue()
    }

    /// Whether a probe finds the database down before `end`; a request waiting on it is cancelled when it is
    /// answered otherwise. Polled rather than signalled: a tenth of a second is nothing beside the deadline,
    /// and a cancelled sleep needs no bookkeeping.
    func waitUntilOpen(orUntil end: ContinuousClock.Instant) async throws -> Bool {
        while !isOpen {
            let left = end - ContinuousClock.now
            guard left > .zero else { return false }
            try await Task.sleep(for: min(left, .milliseconds(100)))
        }
        return true
    }

    private func probeIfDue() {
        let now = ContinuousClock.now
        // A probe still out after 5 s is lost (a connection that never answers): another may start.
        let free = !probing || lastProbe.map { now - $0 >= .seconds(5) } ?? true
        guard free, lastProbe.map({ now - $0 >= .seconds(1) }) ?? true else { return }
        probing = true
        lastProbe = now
        Task { await probe() }
    }

    private func probe() async {
        let (settings, logger) = (database.settings, database.logger)
        let reachable =
            (try? await database.withAvailability(timeout: .seconds(2)) {
                try await Database.probe(settings, logger: logger)
            }) != nil
        isOpen = !reachable
        probing = false
    }
}
