import Hummingbird
import PostgresInfrastructure
import TrainingModel

/// Answers 503 when a request takes longer than the deadline, or sooner when the database goes down under it.
///
/// While the database is down its pool waits (until its own circuit breaker trips, 15 s on) for a connection
/// instead of failing, and a request must not hang that long. A request still unanswered after a second asks the
/// ``DatabaseBreaker`` to check the database, and is answered 503 as soon as the breaker finds it down (so the
/// first requests of an outage wait about a second, not the whole deadline); the handler is cancelled, which
/// also gives up its wait for a connection. The deadline's own answer does not say the database is unavailable:
/// a slow upload runs out of time too.
struct DeadlineMiddleware: RouterMiddleware {
    typealias Context = ServiceContext

    let deadline: Duration
    let breaker: DatabaseBreaker
    /// How long a request runs before the breaker is asked whether the database is why.
    var suspicion: Duration = .seconds(1)

    private enum Outcome {
        case answered(Response)
        case databaseDown
        case outOfTime
    }

    func handle(
        _ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response
    ) async throws -> Response {
        let outcome: Outcome = try await withoutActuallyEscaping(next) { next in
            let handler = Handler(call: next)
            return try await withThrowingTaskGroup(of: Outcome.self) { group in
                group.addTask { .answered(try await handler.call(request, context)) }
                // One timer per request: a second in, it asks the breaker, then waits for it to open or for the
                // deadline, whichever comes first.
                group.addTask { [breaker, suspicion] in
                    let end = ContinuousClock.now + deadline
                    try await Task.sleep(for: min(suspicion, deadline))
                    await breaker.suspect()
                    return try await breaker.waitUntilOpen(orUntil: end) ? .databaseDown : .outOfTime
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
        switch outcome {
        case .answered(let response):
            return response
        case .databaseDown:
            throw Problem.databaseDown
        case .outOfTime:
            // Not blamed on the database here: a slow upload runs out of time too. The breaker finds out which.
            await breaker.suspect()
            throw Problem(
                .serviceUnavailable,
                "The request could not be answered within \(Message.duration(deadline)); try again in a few seconds.",
                headers: [.retryAfter: "5"])
        }
    }

    /// The rest of the chain, run in a child task: the router's responders are `Sendable`, only the
    /// middleware protocol's signature does not say so, and the task group ends before `handle` returns.
    private struct Handler: @unchecked Sendable {
        let call: (Request, ServiceContext) async throws -> Response
    }
}
