import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension AttendanceStore {
    /// The session and the mark of each delegate expected at it, or marked at it from another cohort, in
    /// Vietnamese name order.
    public func attendanceMarks(session id: Int) async throws -> (SessionHeader, [AttendanceMark]) {
        try await withConnection { connection in
            let session = try await sessionHeader(id, lock: .unlocked, on: connection)
            let rows = try await connection.query(
                """
                SELECT d.code, d.full_name, a.status, to_char(a.checked_in_at AT TIME ZONE \(session.timeZone), 'HH24:MI')
                FROM delegates d
                LEFT JOIN attendance a ON a.session_id = \(id) AND a.delegate_id = d.id
                WHERE d.id IN (SELECT es.delegate_id FROM enrollment_sessions es WHERE es.session_id = \(id)
                               UNION SELECT a2.delegate_id FROM attendance a2 WHERE a2.session_id = \(id))
                ORDER BY name_order(d.name_sort_key) COLLATE "vi-x-icu", d.full_name COLLATE "vi-x-icu", d.code
                """, logger: logger)
            var marks: [AttendanceMark] = []
            for try await (code, name, status, checkedIn) in rows.decode((String, String, String?, String?).self) {
                marks.append(
                    AttendanceMark(
                        delegateCode: code, fullName: name, status: status.flatMap(AttendanceStatus.init(rawValue:)),
                        checkedInAt: checkedIn))
            }
            return (session, marks)
        }
    }

    /// The session and the delegates expected at it (its cohort's), in Vietnamese name order: the lines of a
    /// sheet to sign.
    public func attendanceSheet(session id: Int) async throws -> (SessionHeader, [SheetDelegate]) {
        try await withConnection { connection in
            let session = try await sessionHeader(id, lock: .unlocked, on: connection)
            let rows = try await connection.query(
                """
                SELECT d.code, d.full_name, p.name, b.name, d.position
                FROM enrollment_sessions es
                JOIN delegates d ON d.id = es.delegate_id
                JOIN bodies b ON b.id = d.body_id
                LEFT JOIN provinces p ON p.code = d.province_code
                WHERE es.session_id = \(id)
                ORDER BY name_order(d.name_sort_key) COLLATE "vi-x-icu", d.full_name COLLATE "vi-x-icu", d.code
                """, logger: logger)
            var delegates: [SheetDelegate] = []
            for try await (code, name, province, body, position) in rows.decode(
                (String, String, String?, String, String?).self)
            {
                delegates.append(
                    SheetDelegate(
                        code: code, fullName: name, provinceName: province, bodyName: body, position: position))
            }
            return (session, delegates)
        }
    }
}
