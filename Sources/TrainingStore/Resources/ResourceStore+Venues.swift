import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ResourceStore {
    /// Saves venues by code inside `transaction`; unless `updating`, every code must be new.
    public func saveVenues(_ venues: [Venue], updating: Bool, in transaction: Transaction) async throws -> ChangeCounts
    {
        let reference = try await resourceReference(in: transaction)
        try requireKnown(venues.compactMap(\.provinceCode), in: reference.provinces, what: .province)
        let writer = ResourceWriter(noun: "venue", snapshot: "SELECT code, v::text FROM venues v", logger: logger)
        let connection = transaction.connection
        return try await writer.save(keys: venues.map(\.code), updating: updating, on: connection) { connection in
            try await connection.query(
                """
                INSERT INTO venues (code, name, province_code, address, time_zone, morning_starts, morning_ends,
                                    afternoon_starts, afternoon_ends, online)
                SELECT v.code, v.name, nullif(v.province, ''), nullif(v.address, ''), v.zone, v.mstart::time,
                       v.mend::time, v.astart::time, v.aend::time, v.online
                FROM unnest(\(venues.map(\.code)), \(venues.map(\.name)), \(venues.map { $0.provinceCode ?? "" }),
                            \(venues.map { $0.address ?? "" }), \(venues.map(\.timeZone)),
                            \(venues.map(\.morning.start.description)), \(venues.map(\.morning.end.description)),
                            \(venues.map(\.afternoon.start.description)),
                            \(venues.map(\.afternoon.end.description)), \(venues.map(\.online)))
                     AS v(code, name, province, address, zone, mstart, mend, astart, aend, online)
                ON CONFLICT (code) DO UPDATE SET
                    name = EXCLUDED.name, province_code = EXCLUDED.province_code, address = EXCLUDED.address,
                    time_zone = EXCLUDED.time_zone, morning_starts = EXCLUDED.morning_starts,
                    morning_ends = EXCLUDED.morning_ends, afternoon_starts = EXCLUDED.afternoon_starts,
                    afternoon_ends = EXCLUDED.afternoon_ends, online = EXCLUDED.online
                """, logger: logger)
        }
    }

    /// Every venue, by code.
    public func venues() async throws -> [Venue] {
        let rows = try await client.query(
            """
            SELECT code, name, province_code, address, time_zone, to_char(morning_starts, 'HH24:MI'),
                   to_char(morning_ends, 'HH24:MI'), to_char(afternoon_starts, 'HH24:MI'),
                   to_char(afternoon_ends, 'HH24:MI'), online
            FROM venues ORDER BY code
            """, logger: logger
        ).decode((String, String, String?, String?, String, String, String, String, String, Bool).self)
        var venues: [Venue] = []
        for try await row in rows {
            venues.append(
                Venue(
                    code: row.0, name: row.1, provinceCode: row.2, address: row.3, timeZone: row.4,
                    morning: try Self.hours(row.5, row.6), afternoon: try Self.hours(row.7, row.8), online: row.9))
        }
        return venues
    }

    /// Hours the schema's check already holds to start before they end.
    static func hours(_ start: String, _ end: String) throws -> ClockRange {
        guard let start = ClockTime(parsing: start), let end = ClockTime(parsing: end),
            let range = ClockRange(start: start, end: end)
        else { throw StoreError(.inconsistentData, "hours \(start)-\(end) do not read as a time range") }
        return range
    }
}
