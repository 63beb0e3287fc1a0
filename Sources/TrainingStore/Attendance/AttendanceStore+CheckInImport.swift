import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension AttendanceStore {
    /// Marks delegates present or late from a check-in log, all or nothing.
    ///
    /// With `session`, every check-in is for that session; without, each is matched to the delegate's own
    /// session (of a class they are seated in, not cancelled) that contains the time or starts within the
    /// hour after it. Present when the check-in is at most `graceMinutes` after the start, late after. A mark
    /// only ever rises (present over late over excused over absent), so a second, later check-in or an
    /// import run again never downgrades one. A problem the log already has, or a check-in that cannot be
    /// matched, fails the import with every problem at its line and column, and nothing is written.
    public func importCheckIns(
        _ log: CheckInLog, file: String, session: Int?, graceMinutes: Int, in transaction: Transaction
    ) async throws -> CheckInImportResult {
        let connection = transaction.connection
        var header: SessionHeader?
        if let session { header = try await markableSession(session, lock: .share, on: connection) }
        let matches = try await match(log, session: header, file: file, on: connection)
        var earliest: [SessionDelegate: Date] = [:]
        var starts: [Int: Date] = [:]
        for match in matches {
            let key = SessionDelegate(session: match.session, delegate: match.delegate)
            earliest[key] = min(earliest[key] ?? match.at, match.at)
            starts[match.session] = match.sessionStart
        }
        let keys = earliest.keys.sorted { ($0.session, $0.delegate) < ($1.session, $1.delegate) }
        let statuses = keys.map {
            AttendanceStatus.checkIn(
                at: earliest[$0]!, sessionStart: starts[$0.session]!, graceMinutes: graceMinutes)
        }
        let changes = try await raise(
            keys: keys, statuses: statuses, checkedIn: keys.map { earliest[$0]! }, on: connection)
        return CheckInImportResult(
            checkIns: log.checkIns.count, sessions: Set(keys.map(\.session)).count,
            present: statuses.count { $0 == .present }, late: statuses.count { $0 == .late }, changes: changes)
    }

    /// Finds the session and the instant of every check-in, or throws the log's problems with every check-in
    /// that has none.
    private func match(
        _ log: CheckInLog, session: SessionHeader?, file: String, on connection: PostgresConnection
    ) async throws -> [CheckInMatch] {
        let checkIns = log.checkIns
        let rows = try await connection.query(
            """
            SELECT i.line, d.id, d.full_name, m.session_id, m.at, m.starts, d.id IS NOT NULL AND EXISTS (
                SELECT 1 FROM sessions s JOIN enrollments e ON e.class_id = s.class_id
                WHERE s.id = \(session?.id) AND e.delegate_id = d.id AND e.status IN ('enrolled', 'completed'))
            FROM unnest(\(checkIns.map(\.line))::int[], \(checkIns.map(\.delegateCode))::text[],
                        \(checkIns.map(\.time.wallClock))::text[],
                        \(checkIns.map { $0.time.utcOffsetMinutes ?? 0 })::int[],
                        \(checkIns.map { $0.time.utcOffsetMinutes != nil })::boolean[])
                 AS i(line, code, clock, offset_minutes, has_offset)
            LEFT JOIN delegates d ON d.code = i.code
            LEFT JOIN LATERAL (
                SELECT s.id AS session_id, t.at, lower(s.during) AS starts
                FROM sessions s
                JOIN classes c ON c.id = s.class_id
                LEFT JOIN rooms r ON r.id = s.room_id
                LEFT JOIN venues v ON v.id = coalesce(r.venue_id, c.venue_id)
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN i.has_offset
                        THEN (i.clock::timestamp - make_interval(mins => i.offset_minutes)) AT TIME ZONE 'UTC'
                        ELSE i.clock::timestamp AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh') END AS at) t
                WHERE s.status <> 'cancelled'
                  AND CASE WHEN \(session?.id)::bigint IS NULL
                      THEN s.id IN (SELECT es.session_id FROM enrollment_sessions es WHERE es.delegate_id = d.id)
                      ELSE s.id = \(session?.id)::bigint END
                  AND t.at >= lower(s.during) - interval '60 minutes' AND t.at < upper(s.during)
                ORDER BY t.at >= lower(s.during) DESC, lower(s.during)
                LIMIT 1
            ) m ON true
            ORDER BY i.line
            """, logger: logger)
        let byLine = Dictionary(checkIns.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        var matches: [CheckInMatch] = []
        var problems = log.problems
        for try await (line, delegate, name, sessionID, at, start, enrolled) in rows.decode(
            (Int, Int?, String?, Int?, Date?, Date?, Bool).self)
        {
            let checkIn = byLine[line]!
            let codeLocation = SourceLocation(file: file, line: line, column: checkIn.codeColumn)
            let timeLocation = SourceLocation(file: file, line: line, column: checkIn.timeColumn)
            guard let delegate, let name else {
                problems.append(Diagnostic(at: codeLocation, "no delegate has the code \(checkIn.delegateCode)"))
                continue
            }
            if let session, !enrolled {
                problems.append(
                    Diagnostic(
                        at: codeLocation,
                        "delegate \(checkIn.delegateCode) \(name) is not enrolled in class \(session.classCode) "
                            + "of \(session.labelWording)"))
                continue
            }
            guard let sessionID, let at, let start else {
                let time = checkIn.time.description
                problems.append(
                    Diagnostic(
                        at: timeLocation,
                        session.map {
                            "check-in at \(day: time) is not for \($0.labelWording); "
                                + "expected a time during the session or in the hour before it starts"
                        }
                            ?? "delegate \(checkIn.delegateCode) \(name) has no session at \(day: time); "
                            + "expected a time during one of their sessions or in the hour before it starts"))
                continue
            }
            matches.append(CheckInMatch(session: sessionID, delegate: delegate, at: at, sessionStart: start))
        }
        guard problems.isEmpty else {
            throw InputError(
                problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        }
        return matches
    }

    /// Writes the marks, raising existing ones only, and keeps the earliest check-in time.
    private func raise(
        keys: [SessionDelegate], statuses: [AttendanceStatus], checkedIn: [Date], on connection: PostgresConnection
    ) async throws -> ChangeCounts {
        let rows = try await connection.query(
            """
            WITH written AS (
                INSERT INTO attendance AS a (session_id, delegate_id, status, checked_in_at)
                SELECT * FROM unnest(\(keys.map(\.session))::bigint[], \(keys.map(\.delegate))::bigint[],
                                     \(statuses.map(\.rawValue))::text[], \(checkedIn)::timestamptz[])
                ON CONFLICT (session_id, delegate_id) DO UPDATE SET
                    status = CASE WHEN \(unescaped: Self.rank("EXCLUDED.status")) > \(unescaped: Self.rank("a.status"))
                                  THEN EXCLUDED.status ELSE a.status END,
                    checked_in_at = least(a.checked_in_at, EXCLUDED.checked_in_at),
                    marked_at = now()
                WHERE \(unescaped: Self.rank("EXCLUDED.status")) > \(unescaped: Self.rank("a.status"))
                   OR a.checked_in_at IS NULL OR EXCLUDED.checked_in_at < a.checked_in_at
                -- xmax = 0 only on the rows inserted, as in markAttendance.
                RETURNING xmax = 0 AS added)
            SELECT count(*) FILTER (WHERE added)::int, count(*) FILTER (WHERE NOT added)::int FROM written
            """, logger: logger)
        let (added, changed) = try await rows.collect().first?.decode((Int, Int).self) ?? (0, 0)
        return ChangeCounts(added: added, changed: changed, unchanged: keys.count - added - changed)
    }

    /// A mark's weight in SQL: a check-in only raises a mark, present over late over excused over absent.
    private static func rank(_ column: String) -> String {
        "array_position(ARRAY['absent', 'excused', 'late', 'present'], \(column))"
    }
}

private struct SessionDelegate: Hashable {
    var session: Int
    var delegate: Int
}

private struct CheckInMatch {
    var session: Int
    var delegate: Int
    var at: Date
    var sessionStart: Date
}
