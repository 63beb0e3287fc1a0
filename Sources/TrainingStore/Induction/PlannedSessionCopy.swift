import Logging
import PostgresNIO

/// The sessions the planner wrote for some classes, held in memory across a rollback to a savepoint and written
/// again for the same classes created anew. Enrollments cannot be deleted (their status history is
/// append-only), so classes the planner could not plan are dropped by rolling back and creating only the
/// others; their sessions come back exactly as planned, and the exclusion constraints check them again.
struct PlannedSessionCopy {
    struct Session {
        var classCode: String
        var cohortCode: String
        var module: String
        var room: Int?
        /// As the connection writes timestamps, so that the same connection reads them back the same way.
        var starts: String
        var ends: String
        var lecturers: [Int]
    }

    var sessions: [Session]

    static func read(classIDs: [Int], on connection: PostgresConnection, logger: Logger) async throws
        -> PlannedSessionCopy
    {
        let rows = try await connection.query(
            """
            SELECT c.code, co.code, s.module_code, s.room_id, lower(s.during)::text, upper(s.during)::text,
                   ARRAY(SELECT sl.lecturer_id FROM session_lecturers sl WHERE sl.session_id = s.id ORDER BY 1)
            FROM sessions s JOIN classes c ON c.id = s.class_id JOIN cohorts co ON co.id = s.cohort_id
            WHERE s.class_id = ANY(\(classIDs)::int8[]) AND s.status <> 'cancelled'
            ORDER BY s.id
            """, logger: logger)
        var sessions: [Session] = []
        for try await (classCode, cohort, module, room, starts, ends, lecturers) in rows.decode(
            (String, String, String, Int?, String, String, [Int]).self)
        {
            sessions.append(
                Session(
                    classCode: classCode, cohortCode: cohort, module: module, room: room, starts: starts, ends: ends,
                    lecturers: lecturers))
        }
        return PlannedSessionCopy(sessions: sessions)
    }

    /// Writes the sessions again for the classes now called by the same codes.
    func write(on connection: PostgresConnection, logger: Logger) async throws {
        guard !sessions.isEmpty else { return }
        let cohortRows = try await connection.query(
            """
            SELECT c.code || '/' || co.code, co.id FROM cohorts co JOIN classes c ON c.id = co.class_id
            WHERE c.code = ANY(\(Array(Set(sessions.map(\.classCode))))::text[])
            """, logger: logger)
        var cohorts: [String: Int] = [:]
        for try await (key, id) in cohortRows.decode((String, Int).self) { cohorts[key] = id }
        let cohortIDs = sessions.map { cohorts["\($0.classCode)/\($0.cohortCode)"]! }
        let inserted = try await connection.query(
            """
            INSERT INTO sessions (class_id, cohort_id, module_code, room_id, during)
            SELECT co.class_id, co.id, u.module, nullif(u.room, 0), tstzrange(u.starts::timestamptz, u.ends::timestamptz, '[)')
            FROM unnest(\(cohortIDs)::int8[], \(sessions.map(\.module))::text[], \(sessions.map { $0.room ?? 0 })::int8[],
                        \(sessions.map(\.starts))::text[], \(sessions.map(\.ends))::text[])
                AS u(cohort, module, room, starts, ends)
            JOIN cohorts co ON co.id = u.cohort
            RETURNING id, cohort_id::text || '/' || lower(during)::text
            """, logger: logger)
        var sessionIDs: [String: Int] = [:]
        for try await (id, key) in inserted.decode((Int, String).self) { sessionIDs[key] = id }
        var lecturerSession: [Int] = []
        var lecturer: [Int] = []
        for (session, cohort) in zip(sessions, cohortIDs) {
            let id = sessionIDs["\(cohort)/\(session.starts)"]!
            for teacher in session.lecturers {
                lecturerSession.append(id)
                lecturer.append(teacher)
            }
        }
        try await connection.query(
            """
            INSERT INTO session_lecturers (session_id, lecturer_id)
            SELECT * FROM unnest(\(lecturerSession)::int8[], \(lecturer)::int8[])
            """, logger: logger)
    }
}
