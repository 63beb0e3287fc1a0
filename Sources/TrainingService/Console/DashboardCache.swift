import Foundation

/// A dashboard's report kept for a minute: the golden-time tracker reads every first-time delegate of the term
/// (seconds on a national roster) and the attention list every session of the next two weeks; their numbers move
/// with enrollments and plans, not by the second, and every staff member's dashboard would otherwise read them
/// again. The page says when its numbers were taken.
actor DashboardCache<Report: Sendable> {
    private let lifetime: TimeInterval
    private let now: @Sendable () -> Date
    private var reports: [String: (taken: Date, report: Report)] = [:]

    init(lifetime: TimeInterval = 60, now: @escaping @Sendable () -> Date) {
        self.lifetime = lifetime
        self.now = now
    }

    /// The report under `key`, from the cache while it is fresh, else from `read`; and when it was taken.
    func report(key: String, read: @Sendable () async throws -> Report) async throws -> (report: Report, taken: Date) {
        if let kept = reports[key], now().timeIntervalSince(kept.taken) < lifetime { return (kept.report, kept.taken) }
        let taken = now()
        let report = try await read()
        reports = reports.filter { now().timeIntervalSince($0.value.taken) < lifetime }
        reports[key] = (taken, report)
        return (report, taken)
    }
}
