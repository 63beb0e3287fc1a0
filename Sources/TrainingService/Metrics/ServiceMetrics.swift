import Foundation
import Prometheus

/// What `GET /metrics` tells Prometheus about this process: requests by route, method and status with their
/// durations, and the background jobs' runs. Its own registry (no global metrics system), so each service in a
/// process — the tests start many — counts apart. What the database knows (the outbox, connections) is read
/// when scraped (``MetricsRoutes``).
public final class ServiceMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    public init() {}

    // Descriptors are made when asked for: the type is not Sendable, so it cannot be a stored static.

    /// Durations from a millisecond to the request deadline's order.
    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5),
        .seconds(5), .seconds(10),
    ]

    /// One answered request; `route` is the route's template (never a path, which may carry a feed's secret).
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: Self.requestDuration, labels: [("method", method), ("route", route)], buckets: Self.buckets
        ).record(duration)
    }

    /// One turn of a background job in this process: `ran` (it did the work), `skipped` (another process did,
    /// or it ran this interval) or `failed`.
    func recordJob(_ job: String, outcome: String) {
        registry.makeCounter(descriptor: Self.jobRuns, labels: [("job", job), ("outcome", outcome)]).increment()
    }

    /// Sets a gauge read at scrape time.
    func set(_ gauge: MetricNameDescriptor, labels: [(String, String)] = [], to value: Double) {
        registry.makeGauge(descriptor: gauge, labels: labels).set(to: value)
    }

    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "ttbd", subsystem: "http", metricName: "requests", unitName: "total",
            helpText: "HTTP requests answered, by method, route template and status.")
    }
    private static var requestDuration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "ttbd", subsystem: "http", metricName: "request_duration", unitName: "seconds",
            helpText: "Time to answer an HTTP request, by method and route template.")
    }
    private static var jobRuns: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "ttbd", subsystem: "job", metricName: "runs", unitName: "total",
            helpText: "Turns of the background jobs in this process: ran, skipped (another process ran it) or failed.")
    }
    static var databaseUp: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "ttbd", subsystem: "database", metricName: "up", unitName: "",
            helpText: "Whether the database answered this scrape within a second.")
    }
    static var outboxNotices: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "ttbd", subsystem: "outbox", metricName: "notices", unitName: "",
            helpText: "Notices in the outbox by state, all processes together.")
    }
    static var databaseConnections: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "ttbd", subsystem: "database", metricName: "connections", unitName: "",
            helpText: "Connections of this service's role to its database, by state, all processes together.")
    }

    /// Everything recorded, in Prometheus's text format.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
