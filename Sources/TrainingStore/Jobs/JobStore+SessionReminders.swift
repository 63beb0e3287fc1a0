import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO

extension JobStore {
    /// Writes a reminder for each seated delegate of each planned session that starts after `now` and
    /// within a day of it, once per delegate, session and revision (a moved session reminds again), and
    /// says how many were new. The payload carries what a message needs (`session_notice_payload`, migration
    /// 0023, which change notices use too): no adapter queries again.
    static func writeReminders(now: Date, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        try await connection.query(
            """
            WITH due AS MATERIALIZED (
                SELECT s.id, s.revision, session_notice_payload(s) AS payload FROM sessions s
                WHERE s.status = 'planned'
                  AND s.during && tstzrange(\(now), \(now) + interval '1 day', '(]')
                  AND lower(s.during) > \(now) AND lower(s.during) <= \(now) + interval '1 day'),
            written AS (
                INSERT INTO outbox (kind, delegate_id, session_id, session_revision, payload)
                SELECT 'session_reminder', es.delegate_id, due.id, due.revision, due.payload
                FROM due JOIN enrollment_sessions es ON es.session_id = due.id
                ON CONFLICT ON CONSTRAINT outbox_once DO NOTHING
                RETURNING 1)
            SELECT count(*)::int FROM written
            """, logger: logger
        ).collect().first!.decode(Int.self)
    }
}
