import Foundation

/// Runs blocking work (a child process, `pg_ctl`) on a thread of its own and waits for it without holding a
/// thread of Swift's cooperative pool. The pool has one thread per core (two on the CI machine) and the
/// in-process services under test answer on it: tests that waited for `ttbd` processes on it starved a
/// service until its client timed out.
public func offCooperativePool<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws
    -> Result
{
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Swift.Result { try work() }) }.start()
    }
}
