import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// Saves one kind of resource by code inside a transaction, and says what changed.
struct ResourceWriter {
    /// venue, room, lecturer: for messages.
    let noun: String
    /// Each row of the kind as (key, the row in text), to compare before and after.
    let snapshot: PostgresQuery
    let logger: Logger

    /// Runs `write` for `keys` and counts what it changed. Unless `updating`, a key already in the
    /// database is refused: `add` makes new things, an import updates them.
    func save(
        keys: [String], updating: Bool, on connection: PostgresConnection,
        _ write: (PostgresConnection) async throws -> Void
    ) async throws -> ChangeCounts {
        // Two saves at once would both see a new code as missing.
        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("ttbd.\(noun)")))", logger: logger)
        let before = try await rows(on: connection)
        if !updating, let existing = keys.first(where: { before[$0] != nil }) {
            throw StoreError(.refused, alreadyExists(existing), remedy: .updateByImport(noun: noun))
        }
        try await write(connection)
        return ChangeCounts(keys: keys, before: before, after: try await rows(on: connection))
    }

    /// `venue HN already exists`.
    private func alreadyExists(_ key: String) -> Message {
        switch noun {
        case "venue": "venue \(key) already exists"
        case "room": "room \(key) already exists"
        case "lecturer": "lecturer \(key) already exists"
        default: "\(Message(verbatim: noun)) \(key) already exists"
        }
    }

    private func rows(on connection: PostgresConnection) async throws -> [String: String] {
        var rows: [String: String] = [:]
        for try await (key, text) in try await connection.query(snapshot, logger: logger).decode((String, String).self)
        {
            rows[key] = text
        }
        return rows
    }
}
