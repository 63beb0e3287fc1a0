import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

/// A session as the attendance commands show it to people: its class, cohort and module, and its day and
/// times in the venue's own zone (an online class keeps Vietnam's time).
public struct SessionHeader: Sendable, Encodable {
    public var id: Int
    public var classCode: String
    public var cohortCode: String
    public var moduleCode: String
    public var moduleTitle: String
    /// planned, held or cancelled.
    public var status: SessionStatus
    /// `YYYY-MM-DD`, `HH:MM` and `HH:MM`, local to the venue.
    public var date: String
    public var starts: String
    public var ends: String
    public var halfDay: HalfDay
    public var roomName: String?
    public var venueName: String?
    public var timeZone: String
    /// In Vietnamese name order.
    public var lecturers: [String]
    /// The title of the class's program, which heads its papers.
    public var programTitle: String
    var classID: Int

    /// `session 12 (B-HN-01 N1, B01, 2026-05-04 07:30–11:30)`: enough for staff to find it.
    public var label: String { labelWording.description }

    public var labelWording: Message {
        "session \(id) (\(classCode) \(cohortCode), \(moduleCode), \(day: date) \(starts)–\(ends))"
    }

    private enum CodingKeys: String, CodingKey {
        case id, classCode, cohortCode, moduleCode, moduleTitle, status, date, starts, ends, halfDay, roomName,
            venueName, timeZone, lecturers, programTitle
    }
}

/// How a command holds the session row while it works: marks share it, closing takes it alone, so a
/// session is never closed halfway through someone's marking.
enum SessionLock: String {
    case share = "FOR SHARE OF s"
    case update = "FOR UPDATE OF s"
    case unlocked = ""
}

extension AttendanceStore {
    /// The session with `id`, or a refusal naming the id when there is none.
    func sessionHeader(_ id: Int, lock: SessionLock, on connection: PostgresConnection) async throws -> SessionHeader {
        let rows = try await connection.query(
            """
            SELECT s.id, s.class_id, c.code, co.code, s.module_code, m.title, s.status,
                   to_char(lower(s.during) AT TIME ZONE z.zone, 'YYYY-MM-DD'),
                   to_char(lower(s.during) AT TIME ZONE z.zone, 'HH24:MI'),
                   to_char(upper(s.during) AT TIME ZONE z.zone, 'HH24:MI'),
                   extract(hour FROM lower(s.during) AT TIME ZONE z.zone)::int,
                   r.name, v.name, z.zone,
                   coalesce((SELECT array_agg(l.full_name ORDER BY name_order(l.name_sort_key) COLLATE "vi-x-icu", l.code)
                             FROM session_lecturers sl JOIN lecturers l ON l.id = sl.lecturer_id
                             WHERE sl.session_id = s.id), '{}')::text[],
                   cu.title
            FROM sessions s
            JOIN classes c ON c.id = s.class_id
            JOIN curricula cu ON cu.code = c.curriculum_code
            JOIN cohorts co ON co.id = s.cohort_id
            JOIN modules m ON m.code = s.module_code
            LEFT JOIN rooms r ON r.id = s.room_id
            LEFT JOIN venues v ON v.id = coalesce(r.venue_id, c.venue_id)
            CROSS JOIN LATERAL (SELECT coalesce(v.time_zone, 'Asia/Ho_Chi_Minh') AS zone) z
            WHERE s.id = \(id)
            \(unescaped: lock.rawValue)
            """, logger: logger)
        for try await row in rows.decode(
            (
                Int, Int, String, String, String, String, SessionStatus, String, String, String, Int, String?, String?,
                String, [String], String
            ).self)
        {
            return SessionHeader(
                id: row.0, classCode: row.2, cohortCode: row.3, moduleCode: row.4, moduleTitle: row.5,
                status: row.6, date: row.7, starts: row.8, ends: row.9, halfDay: row.10 < 12 ? .morning : .afternoon,
                roomName: row.11, venueName: row.12, timeZone: row.13, lecturers: row.14, programTitle: row.15,
                classID: row.1)
        }
        throw StoreError(.notFound, "no session has the id \(id); check the session id")
    }

    /// The session, refused when it is cancelled: no one attends a session that does not take place.
    func markableSession(_ id: Int, lock: SessionLock, on connection: PostgresConnection) async throws
        -> SessionHeader
    {
        let session = try await sessionHeader(id, lock: lock, on: connection)
        guard session.status != .cancelled else {
            throw StoreError(
                .refused, "\(session.labelWording) is cancelled; a cancelled session cannot be marked or closed")
        }
        return session
    }
}
