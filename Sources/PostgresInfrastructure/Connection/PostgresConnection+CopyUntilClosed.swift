package import Logging
package import PostgresNIO
import Synchronization
import TrainingModel

extension PostgresConnection {
    /// `COPY table (columns) FROM STDIN` fed by `body`, which ends with ``StoreError/Code/unavailable`` as soon as
    /// the connection closes, instead of waiting forever.
    ///
    /// postgres-nio 1.33 loses the writer's pending write when the connection closes while the writer waits for
    /// the socket to drain (`ExtendedQueryStateMachine.setAndFireError` in `.copyingData(.pendingBackpressureRelieve)`
    /// stores the error and drops the promise), and cancelling cannot wake it either: a roster import whose server
    /// was stopped mid-copy was still waiting 29 minutes later. So the copy runs in a task of its own, and this
    /// function returns when the copy ends or the connection closes, whichever is first. A copy stuck that way is
    /// left behind holding only the dead connection; its caller has already been told the database went away.
    package func copyFromUntilClosed(
        table: String, columns: [String], logger: Logger,
        _ body: @escaping (PostgresCopyFromWriter) async throws -> Void
    ) async throws {
        // The caller waits for the copy and touches nothing `body` captured until it ends; only when the
        // connection has gone does it stop waiting, and then `body` can no longer reach the server.
        nonisolated(unsafe) let body = body
        let outcome = Outcome()
        let copying = Task {
            do {
                try await self.copyFrom(table: table, columns: columns, logger: logger) { try await body($0) }
                outcome.finish(.success(()))
            } catch {
                outcome.finish(.failure(error))
            }
        }
        closeFuture.whenComplete { _ in
            outcome.finish(
                .failure(
                    StoreError(
                        .unavailable,
                        "the database closed the connection in the middle of copying into \(table) (it stopped or "
                            + "restarted); nothing of it was written")))
        }
        try await withTaskCancellationHandler {
            try await outcome.value()
        } onCancel: {
            copying.cancel()
        }
    }
}

/// The first of the copy's end and the connection's close, for one waiter.
private final class Outcome: Sendable {
    private enum State {
        case waiting(CheckedContinuation<Void, any Error>?)
        case finished(Result<Void, any Error>)
    }

    private let state = Mutex(State.waiting(nil))

    func finish(_ result: Result<Void, any Error>) {
        let waiter: CheckedContinuation<Void, any Error>? = state.withLock { state in
            guard case .waiting(let waiter) = state else { return nil }
            state = .finished(result)
            return waiter
        }
        waiter?.resume(with: result)
    }

    func value() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let finished: Result<Void, any Error>? = state.withLock { state in
                switch state {
                case .finished(let result): return result
                case .waiting:
                    state = .waiting(continuation)
                    return nil
                }
            }
            if let finished { continuation.resume(with: finished) }
        }
    }
}
