import Hummingbird

/// Answers 503 when a request takes longer than the deadline. While the database is down its pool waits
/// (until its circuit breaker trips, 15 s on) for a connection instead of failing, and a request must not
/// hang that long; the handler is cancelled, which also gives up its wait for a connection.
struct DeadlineMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    let deadline: Duration

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        try await withoutActuallyEscaping(next) { next in
            let handler = Handler(call: next)
            return try await withThrowingTaskGroup(of: Response?.self) { group in
                group.addTask { try await handler.call(request, context) }
                group.addTask {
                    try await Task.sleep(for: deadline)
                    return nil
                }
                defer { group.cancelAll() }
                guard let response = try await group.next()! else { throw Problem.unavailable }
                return response
            }
        }
    }

    /// The rest of the chain, run in a child task: the router's responders are `Sendable`, only the
    /// middleware protocol's signature does not say so, and the task group ends before `handle` returns.
    private struct Handler: @unchecked Sendable {
        let call: (Request, ServiceContext) async throws -> Response
    }
}
