import Hummingbird
import PostgresInfrastructure

/// Answers 503 when a request takes longer than the deadline, and opens the ``DatabaseBreaker`` when the database
/// is why. While the database is down its pool waits (until its own circuit breaker trips, 15 s
/// on) for a connection instead of failing, and a request must not hang that long; the handler is cancelled,
/// which also gives up its wait for a connection. A request that ran out of time for another reason (a slow
/// upload) is told so, not that the database is unavailable.
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
                    await breaker.tripped()
                    throw error
                }
            }
        }
        if let response { return response }
        if await breaker.isDatabaseDown() { throw Problem.unavailable }
        throw Problem(
            .serviceUnavailable, "The request took longer than \(deadline) to serve; try again, or send less at once.",
            headers: [.retryAfter: "5"])
    }

    /// The rest of the chain, run in a child task: the router's responders are `Sendable`, only the
    /// middleware protocol's signature does not say so, and the task group ends before `handle` returns.
    private struct Handler: @unchecked Sendable {
        let call: (Request, ServiceContext) async throws -> Response
    }
}
