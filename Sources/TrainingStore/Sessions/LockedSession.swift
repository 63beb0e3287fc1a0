import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// A session locked for change in the current transaction, with what moving it needs.
struct LockedSession {
    var record: SessionRecord
    var cohortID: Int
    var roomCode: String?
    var lecturerIDs: [Int]

    /// Locks session `id` and refuses unless it is still planned (held and cancelled sessions stay put).
    static func lock(id: Int, on connection: PostgresConnection, logger: Logger) async throws -> LockedSession {
        let rows = try await connection.query(
            """
            SELECT s.cohort_id, r.code,
                   coalesce((SELECT array_agg(lecturer_id ORDER BY lecturer_id) FROM session_lecturers
                             WHERE session_id = s.id), '{}')
            FROM sessions s LEFT JOIN rooms r ON r.id = s.room_id
            WHERE s.id = \(id) FOR UPDATE OF s
            """, logger: logger
        ).collect()
        guard let row = rows.first, let record = try await SessionRecord.find(id: id, on: connection, logger: logger)
        else { throw StoreError(.notFound, "no session has the id \(id)", remedy: .listSessions) }
        guard record.status == .planned else {
            throw StoreError(
                .refused,
                record.status == .held
                    ? "\(record.wording) is held; only a planned session can change"
                    : "\(record.wording) is cancelled; only a planned session can change")
        }
        let (cohortID, roomCode, lecturerIDs) = try row.decode((Int, String?, [Int]).self)
        return LockedSession(record: record, cohortID: cohortID, roomCode: roomCode, lecturerIDs: lecturerIDs)
    }
}
