import Foundation
import PostgresNIO
import TrainingModel

/// A delegate's timetable in one prepared statement: the sessions of their seated enrollments (their cohort's,
/// or the whole class's without a cohort; never cancelled ones), with everything ``ScheduledSession`` holds.
///
/// It serves `GET /v1/me/schedule`, the service's busiest request. Prepared once per pooled connection, it is
/// not planned again on each call (planning took two thirds of the server's time when this was four unnamed
/// statements). The server returns the local wall-clock timestamps and Swift writes them as text: `to_char`
/// cost more than the rest of the query. ``SessionRecord/query(id:classID:from:to:on:logger:)`` is the
/// reference the tests compare it with.
struct DelegateTimetable: PostgresPreparedStatement {
    static let sql = """
        SELECT s.id, cl.code, co.code, s.module_code, s.status, s.revision, s.pinned, m.title,
               lower(s.during), upper(s.during), z.starts, z.ends, z.starts::time < z.afternoon,
               rv.code || '/' || r.code, r.name, rv.name,
               coalesce(lec.codes, '{}'), coalesce(lec.names, '{}')
        FROM enrollments e
        JOIN sessions s ON s.class_id = e.class_id AND s.status <> 'cancelled'
             AND (e.cohort_id IS NULL OR s.cohort_id = e.cohort_id)
        JOIN classes cl ON cl.id = s.class_id
        JOIN cohorts co ON co.id = s.cohort_id
        JOIN modules m ON m.code = s.module_code
        LEFT JOIN venues v ON v.id = cl.venue_id
        LEFT JOIN rooms r ON r.id = s.room_id
        LEFT JOIN venues rv ON rv.id = r.venue_id
        LEFT JOIN LATERAL (
            SELECT array_agg(l.code ORDER BY l.code) AS codes, array_agg(l.full_name::text ORDER BY l.code) AS names
            FROM session_lecturers sl JOIN lecturers l ON l.id = sl.lecturer_id
            WHERE sl.session_id = s.id
        ) lec ON true
        CROSS JOIN LATERAL (
            SELECT lower(s.during) AT TIME ZONE coalesce(v.time_zone, '\(Venue.defaultTimeZone)') AS starts,
                   upper(s.during) AT TIME ZONE coalesce(v.time_zone, '\(Venue.defaultTimeZone)') AS ends,
                   coalesce(v.afternoon_starts, '\(Venue.defaultAfternoon.start.description)'::time) AS afternoon
        ) z
        WHERE e.delegate_id = $1 AND e.status IN ('enrolled', 'completed')
          AND ($2::text IS NULL OR z.starts::date >= $2::text::date)
          AND ($3::text IS NULL OR z.starts::date <= $3::text::date)
        """

    typealias Row = ScheduledSession

    var delegateID: Int
    var from: CalendarDate?
    var to: CalendarDate?

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(delegateID)
        // As text, cast in the SQL: a statement is prepared with the types of its first bindings, and one first
        // run without dates left them to the server, which then read a later date's text as binary `date` and
        // refused it ("incorrect binary data format in bind parameter 3").
        bindings.append(from?.description)
        bindings.append(to?.description)
        return bindings
    }

    /// Reads the cells in order, each with its concrete type: the tuple form of `PostgresRow.decode` looked up
    /// generic metadata for every cell and took an eighth of the service's time on this request.
    func decodeRow(_ row: PostgresRow) throws -> ScheduledSession {
        var cells = row.makeIterator()
        func next<Value: PostgresDecodable>(_: Value.Type = Value.self) throws -> Value { try cells.decodeNext() }
        let (id, classCode, cohortCode, moduleCode): (Int, String, String, String) = try (
            next(), next(), next(), next()
        )
        let (status, revision, pinned, title): (SessionStatus, Int, Bool, String) = try (next(), next(), next(), next())
        let (startsAt, endsAt, localStart, localEnd): (Date, Date, Date, Date) = try (next(), next(), next(), next())
        let (morning, room, roomName, venueName): (Bool, String?, String?, String?) = try (
            next(), next(), next(), next()
        )
        let (lecturers, lecturerNames): ([String], [String]) = try (next(), next())
        // A local `timestamp` reads as a Date whose UTC fields are the wall clock.
        let start = UTCFields(localStart)
        return ScheduledSession(
            session: SessionRecord(
                id: id, classCode: classCode, cohortCode: cohortCode, moduleCode: moduleCode,
                date: start.day.description,
                halfDay: morning ? .morning : .afternoon, start: start.hourAndMinute,
                end: UTCFields(localEnd).hourAndMinute,
                room: room, lecturers: lecturers, status: status, revision: revision, pinned: pinned),
            moduleTitle: title, startsAt: startsAt, endsAt: endsAt, roomName: roomName, venueName: venueName,
            lecturerNames: lecturerNames)
    }
}
