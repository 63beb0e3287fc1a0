import Foundation
public import PostgresNIO

extension Database {
    /// The user this process runs as, the actor of changes made from the command line.
    public static var operatingSystemUser: String {
        if let user = getpwuid(geteuid()), let name = user.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid:\(geteuid())"
    }

    /// Runs `body` in one transaction on one connection, with ``actor`` as the audit log's actor, and commits;
    /// any error rolls everything back.
    ///
    /// The error `body` threw comes out as itself (not wrapped in postgres-nio's transaction error), so a
    /// refusal keeps its message and its kind.
    public func transaction<Result: Sendable>(
        _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        let logger = self.logger
        let actor = self.actor
        do {
            return try await withConnection { connection in
                try await connection.withTransaction(logger: logger) { connection in
                    try await connection.query("SELECT set_config('ttbd.actor', \(actor), true)", logger: logger)
                    return try await body(connection)
                }
            }
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error
        }
    }
}
