import Foundation
import TrainingModel

/// The dashboard's golden-time tracker, kept for a minute: it reads every first-time delegate of the term (seconds
/// on a national roster), its numbers move with enrollments and completions, not by the second, and every staff
/// member's dashboard would otherwise read it again. The page says when its numbers were taken.
actor GoldenTimeCache {
    private let lifetime: TimeInterval
    private let now: @Sendable () -> Date
    private var reports: [String: (taken: Date, report: GoldenTimeReport)] = [:]

    init(lifetime: TimeInterval = 60, now: @escaping @Sendable () -> Date) {
        self.lifetime = lifetime
        self.now = now
    }

    /// The report of `term` on `today`, from the cache while it is fresh, else from `read`; and when it was taken.
    func report(
        term: String, today: CalendarDate, read: @Sendable () async throws -> GoldenTimeReport
    ) async throws -> (report: GoldenTimeReport, taken: Date) {
        let key = "\(term) \(today)"
        if let kept = reports[key], now().timeIntervalSince(kept.taken) < lifetime { return (kept.report, kept.taken) }
        let taken = now()
        let report = try await read()
        reports = reports.filter { now().timeIntervalSince($0.value.taken) < lifetime }
        reports[key] = (taken, report)
        return (report, taken)
    }
}
