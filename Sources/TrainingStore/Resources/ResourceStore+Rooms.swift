import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ResourceStore {
    /// Saves rooms by venue and code inside `transaction`; unless `updating`, every room must be new.
    public func saveRooms(_ rooms: [Room], updating: Bool, in transaction: Transaction) async throws -> ChangeCounts {
        try requireKnown(rooms.map(\.venueCode), in: try await resourceReference(in: transaction).venues, what: .venue)
        let writer = ResourceWriter(
            noun: "room",
            snapshot: "SELECT v.code || '/' || r.code, r::text FROM rooms r JOIN venues v ON v.id = r.venue_id",
            logger: logger)
        let connection = transaction.connection
        return try await writer.save(keys: rooms.map(\.qualifiedCode), updating: updating, on: connection) {
            connection in
            try await connection.query(
                """
                INSERT INTO rooms (venue_id, code, name, capacity, zone, online)
                SELECT v.id, r.code, r.name, r.capacity, nullif(r.zone, ''), r.online
                FROM unnest(\(rooms.map(\.venueCode)), \(rooms.map(\.code)), \(rooms.map(\.name)),
                            \(rooms.map(\.capacity)), \(rooms.map { $0.zone ?? "" }), \(rooms.map(\.online)))
                     AS r(venue, code, name, capacity, zone, online)
                JOIN venues v ON v.code = r.venue
                ON CONFLICT (venue_id, code) DO UPDATE SET
                    name = EXCLUDED.name, capacity = EXCLUDED.capacity, zone = EXCLUDED.zone,
                    online = EXCLUDED.online
                """, logger: logger)
        }
    }

    /// The rooms of `venue` (every venue when `nil`), by venue and code.
    public func rooms(venue: String? = nil) async throws -> [Room] {
        if let venue { try requireKnown([venue], in: try await resourceReference().venues, what: .venue) }
        let rows = try await client.query(
            """
            SELECT v.code, r.code, r.name, r.capacity, r.zone, r.online
            FROM rooms r JOIN venues v ON v.id = r.venue_id
            WHERE \(venue)::text IS NULL OR v.code = \(venue)::text
            ORDER BY v.code, r.code
            """, logger: logger
        ).decode((String, String, String, Int, String?, Bool).self)
        var rooms: [Room] = []
        for try await row in rows {
            rooms.append(
                Room(venueCode: row.0, code: row.1, name: row.2, capacity: row.3, zone: row.4, online: row.5))
        }
        return rooms
    }
}
