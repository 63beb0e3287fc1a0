import Hummingbird
import PostgresInfrastructure

/// Answers 503 when a request takes longer than the deadline, and asks the ``DatabaseBreaker`` to find out
/// whether the database is why. While the database is down its pool waits (until its own circuit breaker trips, 15 s
/// on) for a connection instead of failing, and a request must not hang that long; the handler is cancelled,
/// which also gives up its wait for a connection. The answer does not say the database is unavailable: a slow
/// upload runs out of time too.
struct DeadlineMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    let deadline: Duration
    let breaker: DatabaseBreaker

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        let response: Response? = try await withoutActuallyEscaping(next) { next in
            let handler = Handler(call: next)
            return try await withThrowingTaskGroup(of: Response?.self) { group in
                group.addTask { try await handler.call(request, context) }
                group.addTask {
                    try await Task.sleep(for: deadline)
                    return nil
                }
                defer { group.cancelAll() }
                do {
                    return try await group.next()!
                } catch let error where DatabaseFailure.isConnectionFailure(error) {
                    await breaker.suspect()
                    throw error
                }
            }
        }
        if let response { return response }
        // Not blamed on the database here: a slow upload runs out of time too. The breaker finds out which.
        await breaker.suspect()
        throw Problem(
            .serviceUnavailable, "The request could not be answered within \(deadline); try again in a few seconds.",
            headers: [.retryAfter: "5"])
    }

    /// The rest of the chain, run in a child task: the router's responders are `Sendable`, only the
    /// middleware protocol's signature does not say so, and the task group ends before `handle` returns.
    private struct Handler: @unchecked Sendable {
        let call: (Request, ServiceContext) async throws -> Response
    }
}
