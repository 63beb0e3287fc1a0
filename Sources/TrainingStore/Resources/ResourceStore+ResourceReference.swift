import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ResourceStore {
    /// The province, module and venue codes a resource sheet may name.
    public func resourceReference() async throws -> ResourceReference {
        try await reference { try await client.query($0, logger: logger) }
    }

    /// The same codes as `transaction` sees them: a save checks on its own connection, never leasing a second one
    /// from the pool while it holds the first (after a server crash that lease could wait on a server restarting).
    func resourceReference(in transaction: Transaction) async throws -> ResourceReference {
        try await reference { try await transaction.connection.query($0, logger: logger) }
    }

    private func reference(_ run: (PostgresQuery) async throws -> PostgresRowSequence) async throws
        -> ResourceReference
    {
        func codes(_ query: PostgresQuery) async throws -> Set<String> {
            var codes: Set<String> = []
            for try await code in try await run(query).decode(String.self) { codes.insert(code) }
            return codes
        }
        return try await ResourceReference(
            provinces: codes("SELECT code FROM provinces"), modules: codes("SELECT code FROM modules"),
            venues: codes("SELECT code FROM venues"))
    }

    /// Refuses codes the database does not hold, naming the first, e.g. "no module has the code Z99".
    func requireKnown(_ codes: [String], in known: Set<String>, what: KnownCode) throws {
        if let unknown = codes.first(where: { !known.contains($0) }) {
            throw StoreError(.notFound, what.missing(unknown))
        }
    }
}

/// What kind of code a resource sheet names besides its own.
enum KnownCode {
    case module, province, venue

    /// The sentence for `code` when no such thing has it.
    func missing(_ code: String) -> Message {
        switch self {
        case .module: "no module has the code \(code)"
        case .province: "no province has the code \(code)"
        case .venue: "no venue has the code \(code)"
        }
    }
}
