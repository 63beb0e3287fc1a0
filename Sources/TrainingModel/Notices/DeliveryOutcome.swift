/// What a channel made of one try to send a notice.
public enum DeliveryOutcome: Sendable, Equatable {
    case delivered
    /// Worth trying again later (the server did not answer, or answered 4xx), with why.
    case retryLater(String)
    /// Never deliverable as it stands (5xx: no such mailbox, refused), with why.
    case undeliverable(String)
    /// Not to be sent at all (the delegate asked for no notices), with why.
    case unwanted(String)
}

/// How a notice's tries are spread: the n-th failed try puts the next off by `firstDelay` × 2ⁿ⁻¹ (at most
/// `longestDelay`), ±`jitter` of it so that workers that failed together do not all come back at once; after
/// `maxAttempts` tries the notice has failed.
public struct RetryPolicy: Sendable {
    public var firstDelay: Double
    public var longestDelay: Double
    public var jitter: Double
    public var maxAttempts: Int

    public init(firstDelay: Double = 60, longestDelay: Double = 3600, jitter: Double = 0.2, maxAttempts: Int = 8) {
        self.firstDelay = firstDelay
        self.longestDelay = longestDelay
        self.jitter = jitter
        self.maxAttempts = maxAttempts
    }

    /// Seconds until the next try after `attempts` failed ones; `unit` is a random number in 0..<1.
    public func delay(afterAttempts attempts: Int, unit: Double) -> Double {
        let base = min(longestDelay, firstDelay * Double(1 << min(max(attempts - 1, 0), 30)))
        return base * (1 + jitter * (2 * unit - 1))
    }
}
