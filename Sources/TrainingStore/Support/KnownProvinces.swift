import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// Province codes a request names, checked against the catalog before anything is written.
enum KnownProvinces {
    /// Refuses the first of `codes`, in their order, that no province has.
    static func require(_ codes: [String], on connection: PostgresConnection, logger: Logger) async throws {
        guard !codes.isEmpty else { return }
        var known: Set<String> = []
        let rows = try await connection.query("SELECT code FROM provinces WHERE code = ANY(\(codes))", logger: logger)
        for try await code in rows.decode(String.self) { known.insert(code) }
        if let unknown = codes.first(where: { !known.contains($0) }) {
            throw StoreError(.notFound, "no province has the code \(unknown)")
        }
    }
}
