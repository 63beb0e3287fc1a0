import Foundation
import TrainingModel

/// Counts failed authentications per client, and per token prefix, and turns a wrong token away for the rest
/// of a window once its client or prefix has failed too often, so nobody can guess tokens at speed; a valid
/// token still passes, so one bad client behind an office's NAT does not lock everyone out. The clock is
/// injected so tests need not wait.
public actor FailureLimiter {
    /// How many failures a client may have in one window before it is turned away.
    public let limit: Int
    /// How long a window lasts.
    public let window: TimeInterval
    private let now: @Sendable () -> Date
    private var failures: [String: (start: Date, count: Int)] = [:]

    public init(limit: Int = 10, window: TimeInterval = 60, now: @escaping @Sendable () -> Date) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// The seconds `client` must wait before trying again, or nil when it may try now.
    public func retryAfter(client: String) -> Int? {
        guard let entry = failures[client] else { return nil }
        let remaining = entry.start.addingTimeInterval(window).timeIntervalSince(now())
        if remaining <= 0 {
            failures[client] = nil
            return nil
        }
        return entry.count >= limit ? Int(remaining.rounded(.up)) : nil
    }

    /// Counts one failure of `client`.
    public func recordFailure(client: String) {
        let current = now()
        if let entry = failures[client], entry.start.addingTimeInterval(window) > current {
            failures[client] = (entry.start, entry.count + 1)
        } else {
            failures[client] = (current, 1)
        }
        if failures.count > 10_000 { forgetExpired(at: current) }
    }

    /// Bounds memory under a flood from many addresses: windows that ended count for nothing.
    private func forgetExpired(at current: Date) {
        failures = failures.filter { $0.value.start.addingTimeInterval(window) > current }
    }

    /// Turns `client` away with a 429 problem (`message`, the console's Vietnamese, given the seconds to wait) while
    /// it is over the limit.
    func refuseIfLimited(client: String, _ message: (Int) -> String) throws(Problem) {
        guard let seconds = retryAfter(client: client) else { return }
        throw Problem(.tooManyRequests, Message(verbatim: message(seconds)), headers: [.retryAfter: String(seconds)])
    }

    /// Looks up `token` with `lookup` for `client`: the account when valid (however often the client failed);
    /// when not, the failure is counted for the client and for the token's prefix, and the answer is nil, or a
    /// 429 problem when either had already failed `limit` times in the window.
    func authenticate<Found: Sendable>(
        client: String, token: String, _ lookup: () async throws -> Found?
    ) async throws -> Found? {
        if let found = try await lookup() { return found }
        let keys = [client, "prefix:" + token.prefix(12)]
        let blocked = keys.compactMap { retryAfter(client: $0) }.max()
        for key in keys { recordFailure(client: key) }
        if let seconds = blocked {
            throw Problem(
                .tooManyRequests,
                seconds == 1
                    ? "Too many failed attempts from your address; wait 1 second and try again."
                    : "Too many failed attempts from your address; wait \(number: seconds) seconds and try again.",
                headers: [.retryAfter: String(seconds)])
        }
        return nil
    }
}
