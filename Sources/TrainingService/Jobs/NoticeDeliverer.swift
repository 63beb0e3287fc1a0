public import Logging
public import ServiceLifecycle
public import TrainingOperations

/// Delivers the outbox for as long as the service runs: rounds of the due notices, and a pause when a round
/// found fewer than it may take. Any number of processes may deliver at once; the outbox's row locks give each
/// notice to one of them.
public struct NoticeDeliverer: Service {
    let operations: TrainingOperations
    let channels: NoticeChannels
    let pause: Duration
    let logger: Logger
    static let round = 100

    public init(
        operations: TrainingOperations, channels: NoticeChannels, pause: Duration, logger: Logger
    ) {
        self.operations = operations
        self.channels = channels
        self.pause = pause
        self.logger = logger
    }

    /// Stops at the service's graceful shutdown; a notice cut short stays due and goes out again, with the same
    /// id (its Message-ID, its webhook notice id).
    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while true {
                var full = false
                do {
                    let summary = try await operations.deliverNotices(through: channels, limit: Self.round)
                    full = summary.total == Self.round
                    if summary.total > 0 {
                        logger.info(
                            "notices delivered",
                            metadata: [
                                "delivered": .stringConvertible(summary.delivered),
                                "postponed": .stringConvertible(summary.postponed),
                                "failed": .stringConvertible(summary.failed),
                                "dropped": .stringConvertible(summary.dropped),
                            ])
                    }
                } catch {
                    logger.warning("notice delivery failed", metadata: ["error": .string(String(reflecting: error))])
                }
                if !full { try await Task.sleep(for: pause) }
            }
        }
    }
}
