import PostgresInfrastructure

/// Remembers that the database is down, so requests meanwhile get 503 in milliseconds instead of each waiting
/// out the request deadline for a connection that will not come (found: every request took the full 10 s).
/// No request ever waits for it: probes (`SELECT 1`, 1 s) run in the background, at most one at a time and one a
/// second — after a request ran out of time, to see whether the database is why, and while open, to close it.
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
        throw Problem.unavailable
    }

    /// A request ran out of time, or could not reach the database: find out in the background whether it is down.
    func suspect() {
        probeIfDue()
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
        let reachable = (try? await database.checkReachable(timeout: .seconds(1))) != nil
        isOpen = !reachable
        probing = false
    }
}
