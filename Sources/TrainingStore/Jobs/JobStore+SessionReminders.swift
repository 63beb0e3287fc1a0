import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension JobStore {
    /// Writes a reminder for each seated delegate of each planned session that starts after `now` and
    /// within a day of it, once per delegate, session and revision (a moved session reminds again), and
    /// says how many were new. The payload carries what a message needs: no adapter queries again.
    static func writeReminders(now: Date, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        try await connection.query(
            """
            WITH written AS (
                INSERT INTO outbox (kind, delegate_id, session_id, session_revision, payload)
                SELECT 'session_reminder', es.delegate_id, s.id, s.revision, jsonb_build_object(
                    'classCode', cl.code, 'cohortCode', co.code, 'moduleCode', s.module_code,
                    'moduleTitle', m.title, 'startsAt', lower(s.during), 'endsAt', upper(s.during),
                    'timeZone', coalesce(v.time_zone, \(Venue.defaultTimeZone)),
                    'roomName', r.name, 'venueName', coalesce(rv.name, v.name), 'online', cl.online)
                FROM sessions s
                JOIN enrollment_sessions es ON es.session_id = s.id
                JOIN classes cl ON cl.id = s.class_id
                JOIN cohorts co ON co.id = s.cohort_id
                JOIN modules m ON m.code = s.module_code
                LEFT JOIN venues v ON v.id = cl.venue_id
                LEFT JOIN rooms r ON r.id = s.room_id
                LEFT JOIN venues rv ON rv.id = r.venue_id
                WHERE s.status = 'planned'
                  AND s.during && tstzrange(\(now), \(now) + interval '1 day', '(]')
                  AND lower(s.during) > \(now) AND lower(s.during) <= \(now) + interval '1 day'
                ON CONFLICT ON CONSTRAINT outbox_once DO NOTHING
                RETURNING 1)
            SELECT count(*)::int FROM written
            """, logger: logger
        ).collect().first!.decode(Int.self)
    }
}
