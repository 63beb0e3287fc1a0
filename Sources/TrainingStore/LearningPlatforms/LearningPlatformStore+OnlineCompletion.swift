import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension LearningPlatformStore {
    /// Marks an online module done for every delegate the report shows as having completed its Moodle course:
    /// present at each of the module's sessions they are expected at in the class they are seated in (the
    /// one given, or the only one teaching the module). Completion stays what attendance makes it: once those
    /// sessions are held, the program's rule counts them as for a delegate who came. A mark only rises to
    /// present, so importing again changes nothing.
    ///
    /// Every user of the report must be a delegate; every one who completed must be seated in a class teaching
    /// the module, with at least one of its sessions, and have a completion date no later than `now`. Any
    /// problem throws ``InputError`` with all of them at their line and column, and nothing is written.
    public func markOnlineModuleDone(
        _ report: MoodleCompletionReport, file: String, module: String, classCode: String?, now: Date,
        in transaction: Transaction
    ) async throws -> OnlineCompletionResult {
        let connection = transaction.connection
        try await checkModule(module, classCode: classCode, on: connection)
        let rows = report.rows
        let sameUser =
            switch rows.first?.identity ?? .idNumber {
            case .idNumber: "d.code = i.usr"
            // The username the export gave: PlatformMember.login(forDelegateCode:).
            case .username: "replace(lower(d.code), '/', '-') = lower(i.usr)"
            case .email: "lower(d.email) = lower(i.usr)"
            }
        // Users are matched in one join, not a lookup per row: a username or an e-mail address has no index,
        // and a scan of the roster per row of the report would read it as many times.
        let matches = try await connection.query(
            """
            WITH report AS (
                SELECT * FROM unnest(\(rows.map(\.line))::int[], \(rows.map(\.user))::text[]) AS i(line, usr)),
            found AS (
                SELECT i.line, d.id, d.code, d.full_name, count(*) OVER (PARTITION BY i.line) AS delegates,
                       row_number() OVER (PARTITION BY i.line ORDER BY d.code) AS n
                FROM report i JOIN delegates d ON \(unescaped: sameUser))
            SELECT i.line, coalesce(m.delegates, 0)::int, m.code, m.full_name, coalesce(en.classes, 0)::int,
                   en.enrollment_id, en.class_code, coalesce(en.sessions, 0)::int
            FROM report i
            LEFT JOIN found m ON m.line = i.line AND m.n = 1
            LEFT JOIN LATERAL (
                SELECT count(*) OVER () AS classes, e.id AS enrollment_id, c.code AS class_code,
                       (SELECT count(*) FROM enrollment_sessions es
                        WHERE es.enrollment_id = e.id AND es.module_code = \(module)) AS sessions
                FROM enrollments e JOIN classes c ON c.id = e.class_id
                WHERE e.delegate_id = m.id AND e.status IN ('enrolled', 'completed')
                  AND (\(classCode)::text IS NULL OR c.code = \(classCode))
                  AND EXISTS (SELECT 1 FROM class_module_list ml WHERE ml.class_id = c.id AND ml.module_code = \(module))
                ORDER BY c.code LIMIT 1
            ) en ON true
            ORDER BY i.line
            """, logger: logger)
        let byLine = Dictionary(rows.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
        var problems = report.problems
        var enrollments: [Int] = []
        var classes: Set<String> = []
        for try await (line, delegates, code, name, classCount, enrollment, classFound, sessions) in matches.decode(
            (Int, Int, String?, String?, Int, Int?, String?, Int).self)
        {
            let row = byLine[line]!
            let who = SourceLocation(file: file, line: line, column: row.userColumn)
            guard let code, let name, delegates == 1 else {
                problems.append(
                    Diagnostic(
                        at: who,
                        delegates == 0
                            ? "no delegate is \(row.user) (\(row.name)); expected a delegate of the roster"
                            : "\(number: delegates) delegates have the e-mail address \(row.user); expected one"))
                continue
            }
            guard let completedAt = row.completedAt else { continue }
            let classWording: Message = classCode.map { "class \($0)" } ?? "a class teaching module \(module)"
            guard let enrollment, let classFound else {
                problems.append(
                    Diagnostic(at: who, "delegate \(code) \(name) is not seated in \(classWording)"))
                continue
            }
            if classCount > 1 {
                problems.append(
                    Diagnostic(
                        at: who,
                        """
                        delegate \(code) \(name) is seated in \(number: classCount) classes teaching module \
                        \(module); expected the class to be named
                        """))
                continue
            }
            if sessions == 0 {
                problems.append(
                    Diagnostic(
                        at: who,
                        "class \(classFound) has no session of module \(module) for delegate \(code) \(name) to mark"))
                continue
            }
            if completedAt > now {
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: file, line: line, column: row.completionColumn),
                        "the completion date is later than now; expected a course already completed"))
                continue
            }
            enrollments.append(enrollment)
            classes.insert(classFound)
        }
        guard problems.isEmpty else {
            throw InputError(
                problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        }
        return OnlineCompletionResult(
            module: module, users: rows.count, completed: rows.count { $0.completedAt != nil },
            classes: classes.sorted(), marks: try await markPresent(enrollments, module: module, on: connection),
            dryRun: false)
    }

    /// The module must exist and, with a class, be one the class teaches.
    private func checkModule(_ module: String, classCode: String?, on connection: PostgresConnection) async throws {
        let found = try await connection.query(
            """
            SELECT EXISTS (SELECT 1 FROM modules WHERE code = \(module)),
                   EXISTS (SELECT 1 FROM classes WHERE code = \(classCode)),
                   EXISTS (SELECT 1 FROM class_module_list ml JOIN classes c ON c.id = ml.class_id
                           WHERE c.code = \(classCode) AND ml.module_code = \(module))
            """, logger: logger
        ).collect().first!.decode((Bool, Bool, Bool).self)
        guard found.0 else { throw StoreError.noSuch("module", code: module) }
        guard let classCode else { return }
        guard found.1 else { throw StoreError.noClass(classCode) }
        guard found.2 else {
            throw StoreError(.refused, "class \(classCode) does not teach module \(module)" as Message)
        }
    }

    /// Present at every session of the module these enrollments expect, raising any other mark.
    private func markPresent(_ enrollments: [Int], module: String, on connection: PostgresConnection) async throws
        -> ChangeCounts
    {
        let rows = try await connection.query(
            """
            WITH targets AS (
                SELECT es.session_id, es.delegate_id FROM enrollment_sessions es
                WHERE es.enrollment_id = ANY(\(enrollments)::bigint[]) AND es.module_code = \(module)),
            written AS (
                INSERT INTO attendance AS a (session_id, delegate_id, status)
                SELECT session_id, delegate_id, 'present' FROM targets
                ON CONFLICT (session_id, delegate_id) DO UPDATE SET status = 'present', marked_at = now()
                WHERE a.status <> 'present'
                -- xmax = 0 only on the rows inserted, as in markAttendance.
                RETURNING xmax = 0 AS added)
            SELECT (SELECT count(*) FROM targets)::int, count(*) FILTER (WHERE added)::int,
                   count(*) FILTER (WHERE NOT added)::int
            FROM written
            """, logger: logger)
        let (targets, added, changed) = try await rows.collect().first!.decode((Int, Int, Int).self)
        return ChangeCounts(added: added, changed: changed, unchanged: targets - added - changed)
    }
}
