import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension AccountStore {
    /// The delegate's sessions for a calendar: those of their seated enrollments, plus the cancelled
    /// sessions of their cohorts (of the whole class when they have no cohort), so that a subscribed
    /// calendar sees the cancellation and drops the event instead of keeping it forever. In time order.
    ///
    /// Each class's sessions come from ``schedule(of:from:to:)``, which prints cancelled ones too; this picks
    /// the delegate's among them.
    public func calendarSessions(delegateID: Int) async throws -> [ScheduledSession] {
        let rows = try await client.query(
            """
            SELECT cl.code, array_agg(s.id)
            FROM enrollments e
            JOIN classes cl ON cl.id = e.class_id
            JOIN sessions s ON s.class_id = e.class_id AND (e.cohort_id IS NULL OR s.cohort_id = e.cohort_id)
            WHERE e.delegate_id = \(delegateID) AND e.status IN ('enrolled', 'completed')
            GROUP BY cl.code
            """, logger: logger
        ).collect()
        var sessions: [ScheduledSession] = []
        for row in rows {
            let (classCode, ids) = try row.decode((String, [Int]).self)
            let wanted = Set(ids)
            sessions += try await database.schedules.schedule(of: .trainingClass(classCode)).filter {
                wanted.contains($0.session.id)
            }
        }
        return sessions.sorted { ($0.startsAt, $0.session.id) < ($1.startsAt, $1.session.id) }
    }
}
