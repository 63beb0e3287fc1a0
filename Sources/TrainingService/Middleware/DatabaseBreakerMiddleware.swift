import Hummingbird

/// Answers 503 at once while the ``DatabaseBreaker`` knows the database is down. Added after `/health` and
/// `/openapi.json`, which need no database and answer whatever its state.
struct DatabaseBreakerMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    let breaker: DatabaseBreaker

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        try await breaker.admit()
        return try await next(request, context)
    }
}
