internal import PostgresNIO
import Synchronization
import TrainingModel

/// Watches one leased connection: once it closes, and if the work on it has not stopped the watch a grace
/// period later, reports the database as gone. The grace lets a command that notices by itself (a query
/// failing, a copy ending) end with its own message.
final class LostConnectionWatch: Sendable {
    private let stopped = Mutex(false)

    init(
        connection: PostgresConnection, location: Message, grace: TimeAmount = .seconds(3),
        handler: @escaping @Sendable (StoreError) -> Void
    ) {
        let eventLoop = connection.eventLoop
        connection.closeFuture.whenComplete { [self] _ in
            eventLoop.scheduleTask(in: grace) { [self] in
                guard !stopped.withLock({ $0 }) else { return }
                handler(.connectionLost(to: location, because: "the server stopped or restarted"))
            }
        }
    }

    /// The work on the connection has ended.
    func stop() {
        stopped.withLock { $0 = true }
    }
}
