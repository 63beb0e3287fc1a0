import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension SessionStore {
    /// The sessions of class `code` whose local date is within `from`…`to` (both optional), in time order.
    public func sessions(ofClass code: String, from: CalendarDate? = nil, to: CalendarDate? = nil) async throws
        -> [SessionRecord]
    {
        try await transaction { connection in
            let place = try await ClassPlace.find(code: code, on: connection, logger: logger)
            return try await SessionRecord.query(
                classID: place.id, from: from, to: to, on: connection, logger: logger)
        }
    }
}

extension SessionRecord {
    /// The session with `id`, if any, as it stands in `connection`'s transaction.
    static func find(id: Int, on connection: PostgresConnection, logger: Logger) async throws -> SessionRecord? {
        try await query(id: id, on: connection, logger: logger).first
    }

    /// Sessions by id or by class and local dates; every filter left `nil` matches all.
    static func query(
        id: Int? = nil, classID: Int? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> [SessionRecord] {
        let rows = try await connection.query(
            """
            SELECT s.id, cl.code, co.code, s.module_code, to_char(z.starts, 'YYYY-MM-DD'),
                   z.starts::time < z.afternoon, to_char(z.starts, 'HH24:MI'), to_char(z.ends, 'HH24:MI'),
                   rv.code || '/' || r.code,
                   coalesce((SELECT array_agg(l.code ORDER BY l.code) FROM session_lecturers sl
                             JOIN lecturers l ON l.id = sl.lecturer_id WHERE sl.session_id = s.id), '{}'),
                   s.status, s.revision, s.pinned
            FROM sessions s
            JOIN classes cl ON cl.id = s.class_id
            JOIN cohorts co ON co.id = s.cohort_id
            LEFT JOIN venues v ON v.id = cl.venue_id
            LEFT JOIN rooms r ON r.id = s.room_id
            LEFT JOIN venues rv ON rv.id = r.venue_id
            CROSS JOIN LATERAL (
                SELECT lower(s.during) AT TIME ZONE coalesce(v.time_zone, \(Venue.defaultTimeZone)) AS starts,
                       upper(s.during) AT TIME ZONE coalesce(v.time_zone, \(Venue.defaultTimeZone)) AS ends,
                       coalesce(v.afternoon_starts, \(Venue.defaultAfternoon.start.description)::time) AS afternoon
            ) z
            WHERE (\(id)::bigint IS NULL OR s.id = \(id)::bigint)
              AND (\(classID)::bigint IS NULL OR s.class_id = \(classID)::bigint)
              AND (\(from?.description)::date IS NULL OR z.starts::date >= \(from?.description)::date)
              AND (\(to?.description)::date IS NULL OR z.starts::date <= \(to?.description)::date)
            ORDER BY lower(s.during), co.code, s.id
            """, logger: logger
        ).decode(
            (Int, String, String, String, String, Bool, String, String, String?, [String], SessionStatus, Int, Bool)
                .self)
        var records: [SessionRecord] = []
        for try await row in rows {
            records.append(
                SessionRecord(
                    id: row.0, classCode: row.1, cohortCode: row.2, moduleCode: row.3, date: row.4,
                    halfDay: row.5 ? .morning : .afternoon, start: row.6, end: row.7, room: row.8, lecturers: row.9,
                    status: row.10, revision: row.11, pinned: row.12))
        }
        return records
    }
}
