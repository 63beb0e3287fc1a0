import Foundation
import Logging
package import PostgresNIO

/// One open transaction, handed from a use case to the store functions that must run inside it. Its
/// connection is for storage targets only: a use case decides where a transaction starts and whether it
/// commits, never what SQL runs in it.
public struct Transaction: Sendable {
    package let connection: PostgresConnection
    package let logger: Logger
}

extension Database {
    /// The user this process runs as, the actor of changes made from the command line.
    public static var operatingSystemUser: String {
        if let user = getpwuid(geteuid()), let name = user.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid:\(geteuid())"
    }

    /// Runs `body` in one transaction and commits, or on a dry run rolls everything back and still returns
    /// what `body` returned: the report of a dry run is exactly what the real run would do.
    public func transaction<Result: Sendable>(
        dryRun: Bool, _ body: (Transaction) async throws -> Result
    ) async throws -> Result {
        try await transaction(committingWhen: { _ in !dryRun }, body)
    }

    /// Runs `body` in one transaction, committing only when `commit` approves its result (a plan that
    /// could not place every class is rolled back whole); the result comes back either way.
    public func transaction<Result: Sendable>(
        committingWhen commit: @Sendable (Result) -> Bool, _ body: (Transaction) async throws -> Result
    ) async throws -> Result {
        try await runTransaction(committingWhen: commit) { connection in
            try await body(Transaction(connection: connection, logger: logger))
        }
    }

    /// Runs `body` in one transaction on one connection, with ``actor`` as the audit log's actor, and commits;
    /// any error rolls everything back.
    package func transaction<Result: Sendable>(
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await runTransaction(committingWhen: { _ in true }, body)
    }

    /// The one way a transaction opens: the audit actor set first, and the error `body` threw coming out
    /// as itself, so a refusal keeps its message and kind.
    ///
    /// BEGIN, COMMIT and ROLLBACK are ours rather than postgres-nio's `withTransaction`, to leave out the
    /// ROLLBACK on a connection that has closed: the server rolled the transaction back as it went, and
    /// postgres-nio queues a query on a connection that died mid-COPY until an answer that never comes.
    private func runTransaction<Result: Sendable>(
        committingWhen commit: @Sendable (Result) -> Bool, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let logger = self.logger
        let actor = self.actor
        do {
            return try await withConnection { connection in
                try await connection.query("BEGIN", logger: logger)
                do {
                    try await connection.query("SELECT set_config('ttbd.actor', \(actor), true)", logger: logger)
                    let result = try await body(connection)
                    if !commit(result) { throw RollBack(result: result) }
                    try await connection.query("COMMIT", logger: logger)
                    return result
                } catch {
                    if !connection.isClosed { _ = try? await connection.query("ROLLBACK", logger: logger) }
                    throw error
                }
            }
        } catch let rolledBack as RollBack<Result> {
            return rolledBack.result
        }
    }
}

/// Thrown inside a transaction that must not commit, carrying its result out past the rollback.
private struct RollBack<Result: Sendable>: Error {
    let result: Result
}
