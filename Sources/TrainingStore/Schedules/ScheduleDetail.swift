import Foundation
import Logging
import PostgresNIO
import TrainingModel

/// What a timetable prints about a session beyond ``SessionRecord``: the module's title, the exact
/// instants, and the names of the room, its venue and the lecturers.
struct ScheduleDetail {
    var classID: Int
    var moduleTitle: String
    var startsAt: Date
    var endsAt: Date
    var roomName: String?
    var venueName: String?
    var lecturerNames: [String]

    /// The details of every session `filter` selects, by session id.
    static func query(
        _ filter: ScheduleFilter, on connection: PostgresConnection, logger: Logger
    ) async throws -> [Int: ScheduleDetail] {
        let rows = try await connection.query(
            """
            WITH chosen AS (
                -- One branch per kind of subject; the others compare with NULL and read nothing. Separate
                -- branches keep each one on its index (an `x IS NULL OR …` filter made the server scan every
                -- session of the term for one delegate).
                SELECT id FROM sessions WHERE class_id = \(filter.classID)::bigint
                UNION SELECT session_id FROM session_lecturers WHERE lecturer_id = \(filter.lecturerID)::bigint
                UNION SELECT s.id FROM sessions s JOIN rooms r ON r.id = s.room_id
                      WHERE r.venue_id = \(filter.venueID)::bigint
                        AND (\(filter.roomID)::bigint IS NULL OR s.room_id = \(filter.roomID)::bigint)
            )
            SELECT s.id, s.class_id, m.title, lower(s.during), upper(s.during), r.name, v.name,
                   coalesce((SELECT array_agg(l.full_name ORDER BY l.code) FROM session_lecturers sl
                             JOIN lecturers l ON l.id = sl.lecturer_id WHERE sl.session_id = s.id), '{}')
            FROM chosen
            JOIN sessions s ON s.id = chosen.id
            JOIN modules m ON m.code = s.module_code
            LEFT JOIN rooms r ON r.id = s.room_id
            LEFT JOIN venues v ON v.id = r.venue_id
            """, logger: logger
        ).decode((Int, Int, String, Date, Date, String?, String?, [String]).self)
        var details: [Int: ScheduleDetail] = [:]
        for try await row in rows {
            details[row.0] = ScheduleDetail(
                classID: row.1, moduleTitle: row.2, startsAt: row.3, endsAt: row.4, roomName: row.5,
                venueName: row.6, lecturerNames: row.7)
        }
        return details
    }
}
