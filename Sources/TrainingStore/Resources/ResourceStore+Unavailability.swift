import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ResourceStore {
    /// Records that `owner` is unavailable from `from` to `to` in local time (Vietnam's for a lecturer, the
    /// venue's for a room): leave for a lecturer, a closure for a room. A day without a time means its start
    /// for `from` and its end for `to`, so `--from 2026-05-04 --to 2026-05-04` is that whole day.
    public func addUnavailability(
        of owner: UnavailabilityOwner, from: LocalDateTime, to: LocalDateTime, reason: String?,
        in transaction: Transaction
    ) async throws -> UnavailablePeriod {
        let connection = transaction.connection
        let found = try await find(owner, on: connection)
        let rows = try await connection.query(
            """
            WITH bounds AS (
                SELECT (\(from.date.description)::date + \(from.time?.description ?? "00:00")::time)
                           AT TIME ZONE \(found.timeZone) AS starts,
                       (\(to.date.description)::date + \(to.time?.description ?? "24:00")::time)
                           AT TIME ZONE \(found.timeZone) AS ends)
            INSERT INTO unavailability (kind, \(unescaped: found.column), during, reason)
            SELECT \(found.kind), \(found.id), tstzrange(starts, ends, '[)'), \(reason.map(\.nfc))
            FROM bounds WHERE starts < ends
            RETURNING \(unescaped: Self.periodColumns(timeZone: found.timeZone))
            """, logger: logger)
        guard let period = try await Self.periods(rows).first else {
            throw StoreError(
                .refused,
                "the period must end after it starts: \(day: from.description) is not before \(day: to.description)")
        }
        return period
    }

    /// `owner`'s periods of unavailability, in time order, in its local time.
    public func unavailability(of owner: UnavailabilityOwner) async throws -> [UnavailablePeriod] {
        try await transaction { connection in
            let found = try await find(owner, on: connection)
            return try await Self.periods(
                try await connection.query(
                    """
                    SELECT \(unescaped: Self.periodColumns(timeZone: found.timeZone)) FROM unavailability
                    WHERE \(unescaped: found.column) = \(found.id) ORDER BY lower(during)
                    """, logger: logger))
        }
    }

    /// The row of `owner`, the column that points at it, the kind of its periods and its time zone.
    private func find(
        _ owner: UnavailabilityOwner, on connection: PostgresConnection
    ) async throws -> (id: Int, column: String, kind: String, timeZone: String) {
        switch owner {
        case .lecturer(let code):
            return (try await lecturerID(code: code, on: connection), "lecturer_id", "leave", Venue.defaultTimeZone)
        case .room(let venue, let room):
            let rows = try await connection.query(
                """
                SELECT r.id, v.time_zone FROM rooms r JOIN venues v ON v.id = r.venue_id
                WHERE v.code = \(venue) AND r.code = \(room)
                """, logger: logger)
            guard let (id, timeZone) = try await rows.collect().first?.decode((Int, String).self) else {
                throw StoreError(.notFound, "no room has the name \(venue)/\(room)", remedy: .listRooms)
            }
            return (id, "room_id", "closure", timeZone)
        }
    }

    func lecturerID(code: String, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("SELECT id FROM lecturers WHERE code = \(code)", logger: logger)
        guard let id = try await rows.collect().first?.decode(Int.self) else {
            throw StoreError(.notFound, "no lecturer has the code \(code)")
        }
        return id
    }

    /// The period in local time. The zone comes from the database (a venue's, checked by `is_time_zone`) or
    /// ttbd's constant, never from a person's input, so it is written into the SQL.
    private static func periodColumns(timeZone: String) -> String {
        """
        to_char(lower(during) AT TIME ZONE '\(timeZone)', 'YYYY-MM-DD HH24:MI'),
        to_char(upper(during) AT TIME ZONE '\(timeZone)', 'YYYY-MM-DD HH24:MI'), kind, reason
        """
    }

    private static func periods(_ rows: PostgresRowSequence) async throws -> [UnavailablePeriod] {
        var periods: [UnavailablePeriod] = []
        for try await row in rows.decode((String, String, String, String?).self) {
            periods.append(UnavailablePeriod(from: row.0, to: row.1, kind: row.2, reason: row.3))
        }
        return periods
    }
}
