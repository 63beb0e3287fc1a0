public import Foundation
public import TrainingModel
import TrainingStore

/// How many notices one delivery round ended in each way.
public struct DeliverySummary: Sendable, Equatable {
    public var delivered = 0
    public var postponed = 0
    public var failed = 0
    public var dropped = 0

    public var total: Int { delivered + postponed + failed + dropped }

    public init() {}
}

extension TrainingOperations {
    /// Sends the notices that are due through each delegate's channel, one transaction each (see
    /// ``OutboxStore/deliverNext(now:policy:unit:send:)``), until none is due or `limit` were tried; `now` and
    /// `unit` (random numbers in 0..<1, for the retries' jitter) are injected so tests can fix them.
    public func deliverNotices(
        through channels: NoticeChannels, policy: RetryPolicy = RetryPolicy(),
        limit: Int = 1_000, now: @Sendable () -> Date = { Date() },
        unit: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) async throws -> DeliverySummary {
        var summary = DeliverySummary()
        while summary.total < limit {
            let instant = now()
            guard
                let (_, end) = try await database.outbox.deliverNext(
                    now: instant, policy: policy, unit: unit,
                    send: { await channels.send($0, at: instant) })
            else { break }
            switch end {
            case .delivered: summary.delivered += 1
            case .postponed: summary.postponed += 1
            case .failed: summary.failed += 1
            case .dropped: summary.dropped += 1
            }
        }
        return summary
    }
}
