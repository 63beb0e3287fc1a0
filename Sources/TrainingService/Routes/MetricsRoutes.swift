import Foundation
import Hummingbird
import PostgresInfrastructure
import TrainingModel
import TrainingStore

/// `GET /metrics` in Prometheus's text format, for a scraper presenting the metrics token
/// (`Authorization: Bearer …`); without a configured token there is no such route. It needs no healthy database:
/// what the database knows (notices in the outbox, connections) is added when it answers within a second, and
/// `ttbd_database_up` says whether it did.
struct MetricsRoutes {
    let database: Database
    let metrics: ServiceMetrics
    let token: String

    func add(to router: Router<ServiceContext>) {
        router.get("/metrics") { request, _ in
            guard let presented = request.headers[.authorization], secretsMatch(presented, "Bearer \(token)") else {
                throw Problem.unauthorized("Send the metrics token as `Authorization: Bearer <token>`.")
            }
            await readDatabase()
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: metrics.exposition())))
        }
    }

    private func readDatabase() async {
        let read = try? await database.withAvailability(timeout: .seconds(1)) { [database] in
            (try await database.outbox.countsByState(), try await database.connectionsByState())
        }
        metrics.set(ServiceMetrics.databaseUp, to: read == nil ? 0 : 1)
        guard let (notices, connections) = read else { return }
        for state in [OutboxRecord.State.pending, .delivered, .failed, .dropped] {
            metrics.set(
                ServiceMetrics.outboxNotices, labels: [("state", state.rawValue)], to: Double(notices[state] ?? 0))
        }
        for (state, count) in connections {
            metrics.set(ServiceMetrics.databaseConnections, labels: [("state", state)], to: Double(count))
        }
    }
}
