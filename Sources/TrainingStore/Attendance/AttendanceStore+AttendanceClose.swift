import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO

/// What closing a session did.
public struct SessionClosing: Sendable, Encodable {
    public var session: SessionHeader
    /// Expected delegates who had no mark and are now absent.
    public var markedAbsent: Int
    /// Delegates who were marked before the close.
    public var alreadyMarked: Int
    /// Whether the session had been closed before (closing again changes nothing).
    public var wasHeld: Bool
}

extension AttendanceStore {
    /// Closes a session: every delegate expected at it (`enrollment_sessions`) who has no mark becomes
    /// absent, and the session becomes held, so it counts towards completion. Closing twice is harmless.
    public func closeSession(_ id: Int, in transaction: Transaction) async throws -> SessionClosing {
        let connection = transaction.connection
        let session = try await markableSession(id, lock: .update, on: connection)
        let alreadyMarked =
            try await connection.query(
                "SELECT count(*)::int FROM attendance WHERE session_id = \(id)", logger: logger
            ).collect().first?.decode(Int.self) ?? 0
        let markedAbsent =
            try await connection.query(
                """
                WITH absent AS (
                    INSERT INTO attendance (session_id, delegate_id, status)
                    SELECT es.session_id, es.delegate_id, 'absent' FROM enrollment_sessions es
                    WHERE es.session_id = \(id) AND es.attendance_status IS NULL
                    ON CONFLICT DO NOTHING
                    RETURNING 1)
                SELECT count(*)::int FROM absent
                """, logger: logger
            ).collect().first?.decode(Int.self) ?? 0
        if session.status != .held {
            try await connection.query("UPDATE sessions SET status = 'held' WHERE id = \(id)", logger: logger)
        }
        var closed = session
        closed.status = .held
        return SessionClosing(
            session: closed, markedAbsent: markedAbsent, alreadyMarked: alreadyMarked,
            wasHeld: session.status == .held)
    }
}
