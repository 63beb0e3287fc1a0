import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension ClassStore {
    /// Classes, by start day then code; every filter left `nil` matches all.
    public func classes(program: String? = nil, status: String? = nil, code: String? = nil) async throws
        -> [ClassSummary]
    {
        let rows = try await client.query(
            """
            SELECT c.code, c.curriculum_code, v.code, c.online, c.starts_on::text, c.ends_on::text, c.capacity,
                   c.enrolled_count,
                   (SELECT count(*) FROM enrollments e WHERE e.class_id = c.id AND e.status = 'waitlisted')::int8,
                   c.status
            FROM classes c LEFT JOIN venues v ON v.id = c.venue_id
            WHERE (\(program)::text IS NULL OR c.curriculum_code = \(program)::text)
              AND (\(status)::text IS NULL OR c.status = \(status)::text)
              AND (\(code)::text IS NULL OR c.code = \(code)::text)
            ORDER BY c.starts_on, c.code
            """, logger: logger)
        var classes: [ClassSummary] = []
        for try await row in rows.decode((String, String, String?, Bool, String, String, Int, Int, Int, String).self) {
            classes.append(
                ClassSummary(
                    code: row.0, program: row.1, venue: row.2, online: row.3, startsOn: row.4, endsOn: row.5,
                    capacity: row.6, enrolled: row.7, waitlisted: row.8, status: row.9))
        }
        return classes
    }

    /// One class with its cohorts, modules, sessions and attendance; `nil` when no class has `code`.
    public func classDetail(code: String) async throws -> ClassDetail? {
        guard let summary = try await classes(code: code).first else { return nil }
        let row = try await client.query(
            """
            SELECT cu.title, v.name, c.audience,
                   ARRAY(SELECT ml.module_code::text FROM class_module_list ml WHERE ml.class_id = c.id
                         ORDER BY ml.position),
                   st.planned, st.held, st.cancelled, pr.attended, pr.expected
            FROM classes c JOIN curricula cu ON cu.code = c.curriculum_code LEFT JOIN venues v ON v.id = c.venue_id
            -- Each read once: the class's sessions by status, and its enrollments' progress (a view that counts
            -- every enrollment's sessions, the most of this page's time).
            CROSS JOIN LATERAL (
                SELECT count(*) FILTER (WHERE s.status = 'planned')::int8 AS planned,
                       count(*) FILTER (WHERE s.status = 'held')::int8 AS held,
                       count(*) FILTER (WHERE s.status = 'cancelled')::int8 AS cancelled
                FROM sessions s WHERE s.class_id = c.id) st
            CROSS JOIN LATERAL (
                SELECT coalesce(sum(p.attended_sessions), 0)::int8 AS attended,
                       coalesce(sum(p.held_sessions), 0)::int8 AS expected
                FROM enrollment_progress p WHERE p.class_id = c.id) pr
            WHERE c.code = \(code)
            """, logger: logger
        ).collect().first!.decode((String, String?, [String], [String], Int, Int, Int, Int, Int).self)
        let cohortRows = try await client.query(
            """
            SELECT co.code, count(e.id) FILTER (WHERE e.status IN ('enrolled', 'completed'))
            FROM cohorts co JOIN classes c ON c.id = co.class_id LEFT JOIN enrollments e ON e.cohort_id = co.id
            WHERE c.code = \(code)
            GROUP BY co.id ORDER BY co.id
            """, logger: logger)
        var cohorts: [ClassDetail.Cohort] = []
        for try await (cohort, members) in cohortRows.decode((String, Int).self) {
            cohorts.append(ClassDetail.Cohort(code: cohort, members: members))
        }
        var detail = ClassDetail(
            summary: summary, programTitle: row.0, venueName: row.1, audience: row.2, cohorts: cohorts,
            modules: row.3, sessions: ClassDetail.Sessions(planned: row.4, held: row.5, cancelled: row.6),
            attendedSessions: row.7, expectedSessions: row.8)
        detail.reservations = try await reservations(classCode: code)
        return detail
    }
}
