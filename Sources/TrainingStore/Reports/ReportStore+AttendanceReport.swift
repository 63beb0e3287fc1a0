import PostgresInfrastructure
public import TrainingModel

extension ReportStore {
    /// Each seated delegate of the class with their marks at its held sessions and whether they meet the
    /// completion rule, read from `enrollment_progress` and `enrollment_sessions`.
    public func classAttendance(classCode: String) async throws -> ClassAttendance {
        let (classID, curriculum) = try await reportClass(code: classCode)
        let rows = try await client.query(
            """
            SELECT d.code, d.full_name, co.code, ep.held_sessions::int,
                   count(*) FILTER (WHERE es.session_status = 'held' AND es.attendance_status = 'present')::int,
                   count(*) FILTER (WHERE es.session_status = 'held' AND es.attendance_status = 'late')::int,
                   count(*) FILTER (WHERE es.session_status = 'held' AND es.attendance_status = 'excused')::int,
                   count(*) FILTER (WHERE es.session_status = 'held' AND es.attendance_status = 'absent')::int,
                   count(*) FILTER (WHERE es.session_status = 'held' AND es.attendance_status IS NULL)::int,
                   ep.attended_sessions::int, ep.completes
            FROM enrollment_progress ep
            JOIN enrollments e ON e.id = ep.enrollment_id
            JOIN delegates d ON d.id = ep.delegate_id
            LEFT JOIN cohorts co ON co.id = e.cohort_id
            LEFT JOIN enrollment_sessions es ON es.enrollment_id = ep.enrollment_id
            WHERE ep.class_id = \(classID)
            GROUP BY ep.enrollment_id, ep.held_sessions, ep.attended_sessions, ep.completes, d.id, co.code
            ORDER BY name_order(d.name_sort_key) COLLATE "vi-x-icu", d.full_name COLLATE "vi-x-icu", d.code
            """, logger: logger)
        var lines: [ClassAttendance.Line] = []
        for try await row in rows.decode((String, String, String?, Int, Int, Int, Int, Int, Int, Int, Bool).self) {
            let counts = AttendanceCounts(
                held: row.3, present: row.4, late: row.5, excused: row.6, absent: row.7, unmarked: row.8,
                attended: row.9)
            lines.append(
                ClassAttendance.Line(
                    delegateCode: row.0, fullName: row.1, cohort: row.2, counts: counts, meetsCompletionRule: row.10))
        }
        return ClassAttendance(classCode: classCode, curriculumCode: curriculum, delegates: lines)
    }

    /// Every session of every class the delegate holds a seat in, in time order, with their mark. The day
    /// and the half-day are the venue's (Vietnam's for an online class).
    public func delegateAttendance(delegateCode: String) async throws -> [SessionAttendance] {
        let delegateID = try await reportDelegateID(code: delegateCode)
        let rows = try await client.query(
            """
            SELECT c.code, to_char(local.starts, 'YYYY-MM-DD'),
                   CASE WHEN local.starts::time < coalesce(v.afternoon_starts, '13:30') THEN 'morning'
                        ELSE 'afternoon' END,
                   to_char(local.starts, 'HH24:MI'), to_char(local.ends, 'HH24:MI'),
                   es.module_code, es.session_status, es.attendance_status
            FROM enrollment_sessions es
            JOIN sessions s ON s.id = es.session_id
            JOIN classes c ON c.id = es.class_id
            LEFT JOIN venues v ON v.id = c.venue_id
            CROSS JOIN LATERAL (
                SELECT lower(s.during) AT TIME ZONE coalesce(v.time_zone, \(Venue.defaultTimeZone)) AS starts,
                       upper(s.during) AT TIME ZONE coalesce(v.time_zone, \(Venue.defaultTimeZone)) AS ends
            ) local
            WHERE es.delegate_id = \(delegateID)
            ORDER BY lower(s.during), c.code
            """, logger: logger)
        var sessions: [SessionAttendance] = []
        for try await row in rows.decode((String, String, String, String, String, String, SessionStatus, String?).self)
        {
            let attendance = row.7.flatMap(AttendanceStatus.init)
            guard let date = CalendarDate(parsing: row.1), let halfDay = HalfDay(rawValue: row.2),
                (attendance == nil) == (row.7 == nil)
            else {
                throw StoreError(.inconsistentData, "a session of class \(row.0) has an unreadable time or mark")
            }
            sessions.append(
                SessionAttendance(
                    classCode: row.0, date: date, halfDay: halfDay, starts: row.3, ends: row.4, moduleCode: row.5,
                    sessionStatus: row.6, attendance: attendance))
        }
        return sessions
    }
}
