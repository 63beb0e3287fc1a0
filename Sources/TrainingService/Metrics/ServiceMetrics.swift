import Foundation
import Prometheus

/// What `GET /metrics` tells Prometheus about this process: requests by route, method and status with their
/// durations, and the background jobs' runs. Its own registry (no global metrics system), so each service in a
/// process — the tests start many — counts apart. What the database knows (the outbox, connections) is read
/// when scraped (``MetricsRoutes``).
public final class ServiceMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    public init() {}

    /// Durations from a millisecond to the request deadline's order.
    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5),
        .seconds(5), .seconds(10),
    ]

    /// One answered request; `route` is the route's template (never a path, which may carry a feed's secret).
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(
            name: "ttbd_http_requests_total",
            labels: [("method", method), ("route", route), ("status", String(status))],
            help: "HTTP requests answered, by method, route template and status."
        ).increment()
        registry.makeDurationHistogram(
            name: "ttbd_http_request_duration_seconds", labels: [("method", method), ("route", route)],
            buckets: Self.buckets, help: "Time to answer an HTTP request, by method and route template."
        ).record(duration)
    }

    /// One turn of a background job in this process: `ran` (it did the work), `skipped` (another process did,
    /// or it ran this interval) or `failed`.
    func recordJob(_ job: String, outcome: String) {
        registry.makeCounter(
            name: "ttbd_job_runs_total", labels: [("job", job), ("outcome", outcome)],
            help: "Turns of the background jobs in this process: ran, skipped (another process ran it) or failed."
        ).increment()
    }

    /// Sets a gauge read at scrape time.
    func set(_ name: String, labels: [(String, String)], to value: Double, help: String) {
        registry.makeGauge(name: name, labels: labels, help: help).set(to: value)
    }

    /// Everything recorded, in Prometheus's text format.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
