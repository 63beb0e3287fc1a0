import Hummingbird
import PostgresInfrastructure
import TrainingStore

/// `/health` says the process answers; `/ready` says it can also reach the database, so a load balancer only
/// sends traffic to instances that can serve it.
struct HealthRoutes {
    let database: Database

    func add(to router: Router<ServiceContext>) {
        router.get("/health") { _, _ in Status(status: "ok") }
        router.get("/ready") { _, _ in
            try await database.checkReachable()
            return Status(status: "ready")
        }
    }

    struct Status: ResponseEncodable {
        let status: String
    }
}
