import Foundation

/// Runs blocking work (a child process such as `pg_dump`, `pg_ctl`) on a thread of its own and waits for it
/// without holding a thread of Swift's cooperative pool. The pool has one thread per core (two on the CI
/// machine) and the service answers requests on it: a backup that waited for `pg_dump` there, or a test
/// that waited for `ttbd` processes, starved the requests until their clients timed out.
public func offCooperativePool<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws
    -> Result
{
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Swift.Result { try work() }) }.start()
    }
}
