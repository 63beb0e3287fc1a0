import Foundation
import PostgresInfrastructure

extension JobStore {
    /// Closes, one by one as `ttbd attendance close` does, every planned session that ended at least
    /// ``attendanceGrace`` before `now`, and says how many it closed. A session refused meanwhile (a
    /// delegate withdrawn while it closed) stays planned for the next run.
    func closeEndedSessions(now: Date) async throws -> Int {
        let ended = try await client.query(
            """
            SELECT id FROM sessions
            WHERE status = 'planned' AND upper(during) <= \(now.addingTimeInterval(-Self.attendanceGrace))
            ORDER BY upper(during), id
            """, logger: logger
        ).collect().map { try $0.decode(Int.self) }
        var closed = 0
        for id in ended {
            do {
                if try await !database.transaction(
                    dryRun: false, { try await database.attendance.closeSession(id, in: $0) }
                ).wasHeld {
                    closed += 1
                }
            } catch {
                guard let refusal = StoreError(withdrawnMeanwhile: error) ?? (error as? StoreError),
                    refusal.code == .refused
                else { throw error }
                logger.warning("session \(id) stays open: \(refusal.message)")
            }
        }
        return closed
    }
}
