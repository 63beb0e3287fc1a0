import PostgresInfrastructure
import ServiceLifecycle
import TrainingStore

/// The read replicas (`DATABASE_READ_URL`) that may answer the delegates' polling reads (`/v1/me/schedule`, the
/// calendar feeds) instead of the primary. A replica is used while it is fresh: it has replayed everything the
/// primary had written `maxLag` ago. One that lags further, or does not answer, is skipped until it catches up;
/// with none fresh, the primary answers. Writes, and everything else, always go to the primary.
public actor ReadReplicas {
    let primary: Database
    let replicas: [Database]
    let maxLag: Duration
    private var fresh: [Bool]
    /// The primary's log position as sampled, oldest first, reaching back a little over `maxLag`.
    private var samples: [(at: ContinuousClock.Instant, position: UInt64)] = []
    private var turn = 0

    public init(primary: Database, replicas: [Database], maxLag: Duration) {
        self.primary = primary
        self.replicas = replicas
        self.maxLag = maxLag
        fresh = replicas.map { _ in false }
    }

    /// A fresh replica and its index, taking turns among them; nil when none is.
    func reader() -> (index: Int, database: Database)? {
        let candidates = replicas.indices.filter { fresh[$0] }
        guard !candidates.isEmpty else { return nil }
        turn = (turn + 1) % candidates.count
        return (candidates[turn], replicas[candidates[turn]])
    }

    /// The replica at `index` failed a read: it is skipped until the next check finds it fresh.
    func failed(_ index: Int) {
        fresh[index] = false
    }

    /// Runs `body` for the delegate with `delegateID` on a fresh replica, with their revision as that replica
    /// holds it (so an `ETag` never names rows the answer lacks); on the primary, with `revision` (read with the
    /// token), when none is fresh or the replica fails under it.
    func reading<Result: Sendable>(
        delegateID: Int, revision: DelegateRevision,
        _ body: @escaping @Sendable (Database, DelegateRevision) async throws -> Result
    ) async throws -> Result {
        if let (index, replica) = reader() {
            do {
                // A replica that died since the last check leaves its pool waiting for a connection: give it a
                // second, not the request's deadline.
                return try await replica.withAvailability(timeout: .seconds(1)) {
                    try await body(replica, try await replica.accounts.revision(ofDelegateID: delegateID))
                }
            } catch let error
                where DatabaseFailure.isConnectionFailure(error) || (error as? StoreError)?.code == .unavailable
            {
                failed(index)
            }
        }
        return try await body(primary, revision)
    }

    /// Samples the primary's position, then marks each replica fresh or not.
    func check() async {
        let now = ContinuousClock.now
        guard
            let position = try? await primary.withAvailability(
                timeout: .seconds(1),
                { [primary] in
                    try await primary.walPosition()
                })
        else { return }
        samples.append((now, position))
        // Keep the newest sample at least maxLag old: it is the position a fresh replica must have reached.
        while samples.count > 1, now - samples[1].at >= maxLag { samples.removeFirst() }
        let required = samples.first { now - $0.at >= maxLag }?.position ?? samples[0].position
        for (index, replica) in replicas.enumerated() {
            let replayed = try? await replica.withAvailability(timeout: .seconds(1)) { try await replica.walPosition() }
            fresh[index] = replayed.map { $0 >= required } ?? false
        }
    }
}

/// Checks the replicas twice a second for as long as the service runs.
struct ReplicaMonitor: Service {
    let replicas: ReadReplicas

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while true {
                await replicas.check()
                try await Task.sleep(for: .milliseconds(500))
            }
        }
    }
}
