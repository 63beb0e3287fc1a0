import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension SessionPlanner {
    /// Runs `write` in a savepoint. The exclusion constraints are the one judge of double bookings, also
    /// against a session another transaction commits meanwhile; when one refuses, the write is rolled back
    /// to the savepoint and the refusal names the session in the way, found in this same transaction.
    func guardingConflicts<Result>(
        _ proposal: SessionProposal, _ write: () async throws -> Result
    ) async throws -> Result {
        try await connection.query("SAVEPOINT session_write", logger: logger)
        do {
            let result = try await write()
            try await connection.query("RELEASE SAVEPOINT session_write", logger: logger)
            return result
        } catch {
            guard DatabaseFailure.sqlState(of: error) == "23P01" else { throw error }
            try await connection.query("ROLLBACK TO SAVEPOINT session_write", logger: logger)
            throw try await conflict(DatabaseFailure.constraint(of: error), proposal)
        }
    }

    /// The refusal for the exclusion constraint `constraint`, naming the session that holds the room, the
    /// lecturer or the cohort at the proposal's time.
    private func conflict(_ constraint: String?, _ proposal: SessionProposal) async throws -> StoreError {
        let slot = proposal.slot
        // The room or the cohort in the way; for a lecturer, the query names them.
        let subject: Message?
        let query: PostgresQuery
        switch constraint {
        case "sessions_room_free", "sessions_cohort_free":
            let room = constraint == "sessions_room_free"
            let owner: Int? = room ? proposal.roomID : proposal.cohortID
            subject =
                room
                ? "room \(proposal.roomName ?? "")"
                : "cohort \(proposal.cohortCode) of class \(proposal.classCode)"
            query = """
                SELECT id, NULL::text FROM sessions
                WHERE \(unescaped: room ? "room_id" : "cohort_id") = \(owner)
                  AND status <> 'cancelled' AND during && tstzrange(\(slot.start), \(slot.end), '[)')
                  AND id IS DISTINCT FROM \(proposal.sessionID)::bigint
                ORDER BY lower(during) LIMIT 1
                """
        default:
            subject = nil
            query = """
                SELECT sl.session_id, l.code || ' (' || l.full_name || ')'
                FROM session_lecturers sl JOIN lecturers l ON l.id = sl.lecturer_id
                WHERE sl.lecturer_id = ANY(\(proposal.lecturerIDs)) AND sl.active
                  AND sl.during && tstzrange(\(slot.start), \(slot.end), '[)')
                  AND sl.session_id IS DISTINCT FROM \(proposal.sessionID)::bigint
                ORDER BY lower(sl.during), l.code LIMIT 1
                """
        }
        guard let row = try await connection.query(query, logger: logger).collect().first,
            case let (id, lecturer) = try row.decode((Int, String?).self),
            let other = try await SessionRecord.find(id: id, on: connection, logger: logger)
        else {
            throw StoreError(
                .inconsistentData,
                constraint.map { "\($0) refused \(slot.wording), yet no session is there" }
                    ?? "a constraint refused \(slot.wording), yet no session is there")
        }
        let who: Message = subject ?? "lecturer \(lecturer ?? "")"
        return StoreError(.refused, "double booking: \(who) is already taken on \(slot.wording) by \(other.wording)")
    }
}
