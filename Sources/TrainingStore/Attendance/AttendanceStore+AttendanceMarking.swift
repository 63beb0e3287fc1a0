import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension AttendanceStore {
    /// Marks delegates (by code) at a session, all or nothing: marking again replaces the mark. Refused,
    /// with nothing written, when the session is cancelled, a code is unknown, or a delegate is not enrolled
    /// in the session's class (each named). Any cohort of the class will do: a delegate may make up a session
    /// with another cohort.
    public func markAttendance(session id: Int, marks: [String: AttendanceStatus], in transaction: Transaction)
        async throws -> ChangeCounts
    {
        let connection = transaction.connection
        let session = try await markableSession(id, lock: .share, on: connection)
        let delegates = try await enrolledDelegates(codes: marks.keys.sorted(), in: session, on: connection)
        let rows = try await connection.query(
            """
            INSERT INTO attendance (session_id, delegate_id, status)
            SELECT \(id), u.delegate_id, u.status
            FROM unnest(\(delegates.map { $0.id })::bigint[], \(delegates.map { marks[$0.code]!.rawValue })::text[])
                 AS u(delegate_id, status)
            ON CONFLICT (session_id, delegate_id) DO UPDATE SET status = EXCLUDED.status, marked_at = now()
            WHERE attendance.status <> EXCLUDED.status
            -- A row this statement inserted has no deleting transaction yet: xmax = 0 tells it from an update.
            RETURNING xmax = 0
            """, logger: logger)
        var changes = ChangeCounts(added: 0, changed: 0, unchanged: marks.count)
        for try await added in rows.decode(Bool.self) {
            if added { changes.added += 1 } else { changes.changed += 1 }
            changes.unchanged -= 1
        }
        return changes
    }

    /// The delegates with `codes`, each enrolled (seated) in the class of `session`; otherwise a refusal that
    /// names every unknown code or every delegate who is not enrolled.
    func enrolledDelegates(
        codes: [String], in session: SessionHeader, on connection: PostgresConnection
    ) async throws -> [(id: Int, code: String)] {
        let rows = try await connection.query(
            """
            SELECT u.code, d.id, d.full_name, EXISTS (
                SELECT 1 FROM enrollments e
                WHERE e.class_id = \(session.classID) AND e.delegate_id = d.id AND e.status IN ('enrolled', 'completed'))
            FROM unnest(\(codes)::text[]) AS u(code)
            LEFT JOIN delegates d ON d.code = u.code
            ORDER BY u.code
            """, logger: logger)
        var found: [(id: Int, code: String)] = []
        var unknown: [String] = []
        var notEnrolled: [String] = []
        for try await (code, id, name, enrolled) in rows.decode((String, Int?, String?, Bool).self) {
            guard let id, let name else {
                unknown.append(code)
                continue
            }
            if enrolled { found.append((id, code)) } else { notEnrolled.append("\(code) \(name)") }
        }
        guard unknown.isEmpty else {
            throw StoreError(
                .notFound,
                "no delegate has the code \(unknown.joined(separator: ", ")); nothing was marked at \(session.labelWording)"
            )
        }
        guard notEnrolled.isEmpty else {
            throw StoreError(
                .refused,
                "cannot mark \(session.labelWording): not enrolled in class \(session.classCode): "
                    + "\(notEnrolled.joined(separator: ", ")); nothing was marked")
        }
        return found
    }
}
