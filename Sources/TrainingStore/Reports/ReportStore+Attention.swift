import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ReportStore {
    /// The sessions starting on `day` (Vietnam's) that are not cancelled, in time order: every one, or only those
    /// `lecturerID` teaches; the first `limit`, and how many there are (up to ``countedSessions`` + 1).
    public func sessions(on day: CalendarDate, lecturerID: Int?, limit: Int) async throws
        -> (sessions: [DashboardSession], count: Int)
    {
        let from = day.midnightInVietnam
        return try await dashboardSessions(
            """
            WHERE lower(s.during) >= \(from) AND lower(s.during) < \(from.addingTimeInterval(86_400))
              AND s.status <> 'cancelled'
              AND (\(lecturerID)::bigint IS NULL OR EXISTS (
                    SELECT 1 FROM session_lecturers sl
                    WHERE sl.session_id = s.id AND sl.lecturer_id = \(lecturerID) AND sl.active))
            """, limit: limit)
    }

    /// What staff should look at on `today` (Vietnam's): classes past their last day and not closed, planned
    /// sessions starting in the next `days` days with no lecturer, and notices that failed for good; the first
    /// `limit` of each list.
    public func attention(today: CalendarDate, days: Int = 14, limit: Int) async throws -> AttentionReport {
        var overdue: [OverdueClass] = []
        var overdueCount = 0
        let rows = try await client.query(
            """
            SELECT code, ends_on::text, status, count(*) OVER ()::int FROM classes
            WHERE status IN ('planned', 'open', 'running') AND ends_on < \(today.description)::date
            ORDER BY ends_on, code LIMIT \(limit)
            """, logger: logger)
        for try await (code, endsOn, status, count) in rows.decode((String, String, String, Int).self) {
            overdue.append(OverdueClass(code: code, endsOn: CalendarDate(parsing: endsOn)!, status: status))
            overdueCount = count
        }
        let from = today.midnightInVietnam
        let unstaffed = try await dashboardSessions(
            """
            WHERE lower(s.during) >= \(from) AND lower(s.during) < \(from.addingTimeInterval(Double(days) * 86_400))
              AND s.status = 'planned'
              AND NOT EXISTS (SELECT 1 FROM session_lecturers sl WHERE sl.session_id = s.id AND sl.active)
            """, limit: limit)
        let failed =
            try await client.query(
                "SELECT count(*)::int FROM outbox WHERE failed_at IS NOT NULL", logger: logger
            ).collect().first?.decode(Int.self) ?? 0
        return AttentionReport(
            overdueClasses: overdue, overdueClassCount: overdueCount, sessionsWithoutLecturer: unstaffed.sessions,
            sessionsWithoutLecturerCount: unstaffed.count, failedNotices: failed)
    }

    /// The most sessions a dashboard list counts; beyond it, it says "more than".
    public static let countedSessions = 1_000

    /// The first `limit` sessions in time order that `filter` (a WHERE on `sessions s`) picks, and how many it
    /// picks up to ``countedSessions`` + 1: the sessions are walked in order of their start and the walk stops
    /// there, however many a national term has.
    private func dashboardSessions(_ filter: PostgresQuery, limit: Int) async throws
        -> (sessions: [DashboardSession], count: Int)
    {
        var query: PostgresQuery = """
            SELECT s.id::int, c.code, co.code, s.module_code,
                   to_char(lower(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD'),
                   to_char(lower(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'), 'HH24:MI'),
                   to_char(upper(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'), 'HH24:MI'),
                   r.code, count(*) OVER ()::int
            FROM (SELECT s.* FROM sessions s

            """
        query.sql += filter.sql
        query.binds = filter.binds
        query.sql += """

                  ORDER BY lower(s.during) LIMIT \(Self.countedSessions + 1)) s
            JOIN classes c ON c.id = s.class_id
            JOIN cohorts co ON co.id = s.cohort_id
            LEFT JOIN rooms r ON r.id = s.room_id
            LEFT JOIN venues v ON v.id = c.venue_id
            ORDER BY lower(s.during), c.code, co.code LIMIT \(limit)
            """
        var sessions: [DashboardSession] = []
        var count = 0
        let rows = try await client.query(query, logger: logger)
        for try await (id, classCode, cohortCode, module, date, start, end, room, total) in rows.decode(
            (Int, String, String, String, String, String, String, String?, Int).self)
        {
            sessions.append(
                DashboardSession(
                    id: id, classCode: classCode, cohortCode: cohortCode, moduleCode: module,
                    date: CalendarDate(parsing: date)!, start: start, end: end, room: room))
            count = total
        }
        return (sessions, count)
    }
}
