import PostgresNIO
public import TrainingModel

extension Database {
    /// Records that lecturer `code` cannot teach from `from` to `to`, in Vietnam's time. A day without a
    /// time means its start for `from` and its end for `to`, so `--from 2026-05-04 --to 2026-05-04` is
    /// that whole day.
    public func addUnavailability(
        lecturer code: String, from: LocalDateTime, to: LocalDateTime, reason: String?
    ) async throws -> UnavailablePeriod {
        try await transaction { connection in
            let lecturer = try await lecturerID(code: code, on: connection)
            let rows = try await connection.query(
                """
                WITH bounds AS (
                    SELECT (\(from.date.description)::date + \(from.time?.description ?? "00:00")::time)
                               AT TIME ZONE \(Venue.defaultTimeZone) AS starts,
                           (\(to.date.description)::date + \(to.time?.description ?? "24:00")::time)
                               AT TIME ZONE \(Venue.defaultTimeZone) AS ends)
                INSERT INTO unavailability (kind, lecturer_id, during, reason)
                SELECT 'leave', \(lecturer), tstzrange(starts, ends, '[)'), \(reason.map(\.nfc))
                FROM bounds WHERE starts < ends
                RETURNING \(unescaped: Self.periodColumns)
                """, logger: logger)
            guard let period = try await Self.periods(rows).first else {
                throw StoreError(.refused, "the period must end after it starts: \(from) is not before \(to)")
            }
            return period
        }
    }

    /// Lecturer `code`'s periods of unavailability, in time order.
    public func unavailability(lecturer code: String) async throws -> [UnavailablePeriod] {
        try await transaction { connection in
            let lecturer = try await lecturerID(code: code, on: connection)
            return try await Self.periods(
                try await connection.query(
                    """
                    SELECT \(unescaped: Self.periodColumns) FROM unavailability
                    WHERE lecturer_id = \(lecturer) ORDER BY lower(during)
                    """, logger: logger))
        }
    }

    func lecturerID(code: String, on connection: PostgresConnection) async throws -> Int {
        let rows = try await connection.query("SELECT id FROM lecturers WHERE code = \(code)", logger: logger)
        guard let id = try await rows.collect().first?.decode(Int.self) else {
            throw StoreError(.notFound, "no lecturer has the code \(code)")
        }
        return id
    }

    private static let periodColumns = """
        to_char(lower(during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI'),
        to_char(upper(during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI'), kind, reason
        """

    private static func periods(_ rows: PostgresRowSequence) async throws -> [UnavailablePeriod] {
        var periods: [UnavailablePeriod] = []
        for try await row in rows.decode((String, String, String, String?).self) {
            periods.append(UnavailablePeriod(from: row.0, to: row.1, kind: row.2, reason: row.3))
        }
        return periods
    }
}
