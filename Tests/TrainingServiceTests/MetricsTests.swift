import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing
import TrainingService

/// Issue 20: `GET /metrics` in Prometheus's format, behind its own token: requests by route template (never a
/// path, which may carry a feed's secret), the jobs' turns, the outbox and the database as the scrape finds them.
@Suite("Metrics for Prometheus")
struct MetricsTests {
    static let token = String(repeating: "m", count: 40)

    @Test("without a metrics token there is no /metrics")
    func offByDefault() async throws {
        try await ServiceWorld.with { _, client in
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .notFound)
        }
    }

    @Test("asks for its token; counts requests by route template, the jobs' turns, the outbox and the database")
    func scrape() async throws {
        let configuration = ServiceConfiguration(jobsInterval: .seconds(1), metricsToken: Self.token)
        try await ServiceWorld.with(configuration: configuration) { world, client in
            #expect(try await client.execute(uri: "/metrics", method: .get).status == .unauthorized)
            let wrong: HTTPFields = [.authorization: "Bearer " + String(repeating: "x", count: 40)]
            #expect(try await client.execute(uri: "/metrics", method: .get, headers: wrong).status == .unauthorized)

            for _ in 0..<3 {
                #expect(
                    try await client.execute(uri: "/v1/me", method: .get, headers: world.headers("an")).status == .ok)
            }
            let feed = try await client.execute(uri: "/v1/calendar/\(world.feedToken).ics", method: .get)
            #expect(feed.status == .ok)
            #expect(try await client.execute(uri: "/v1/nothing-here", method: .get).status == .notFound)
            let pending = try await world.database.client.query(
                "SELECT count(*)::int FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL AND dropped_at IS NULL",
                logger: TestCluster.logger
            ).collect().first!.decode(Int.self)

            // The jobs run every second in the background: scrape until a turn of each is counted.
            var text = ""
            for _ in 0..<40 where !text.contains(#"ttbd_job_runs_total{job="close-attendance""#) {
                try await Task.sleep(for: .milliseconds(250))
                let scraped = try await client.execute(
                    uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(Self.token)"])
                #expect(scraped.status == .ok)
                #expect(scraped.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                text = String(buffer: scraped.body)
            }
            #expect(text.contains(#"ttbd_http_requests_total{method="GET",route="/v1/me",status="200"} 3"#), "\(text)")
            #expect(
                text.contains(
                    #"ttbd_http_requests_total{method="GET",route="/v1/calendar/{feedToken}.ics",status="200"} 1"#))
            #expect(text.contains(#"ttbd_http_requests_total{method="GET",route="(none)",status="404"} 1"#))
            #expect(text.contains(#"ttbd_http_request_duration_seconds_count{method="GET",route="/v1/me"} 3"#))
            #expect(text.contains(#"ttbd_job_runs_total{job="close-attendance",outcome="ran"}"#))
            #expect(text.contains("ttbd_database_up 1"))
            #expect(text.contains(#"ttbd_outbox_notices{state="pending"} \#(pending)"#))
            #expect(text.contains(#"ttbd_database_connections{state="#))
            #expect(!text.contains(world.feedToken) && !text.contains(Self.token), "a secret reached the metrics")
        }
    }
}
