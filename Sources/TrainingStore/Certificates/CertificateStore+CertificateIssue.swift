import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension CertificateStore {
    /// Issues a certificate to every seated delegate of the class whose `enrollment_progress.completes`, and
    /// marks their enrollment completed. Each delegate gets one per class, numbered `GCN-<year the class
    /// ends>-<serial>` in Vietnamese name order; running it again issues nothing new. Two staff running it at
    /// once take turns on the class row, and the unique (class, delegate) stands behind that.
    public func issueCertificates(classCode: String, dryRun: Bool, in transaction: Transaction) async throws
        -> CertificateIssue
    {
        let connection = transaction.connection
        let rows = try await connection.query(
            """
            SELECT c.id, extract(year FROM c.ends_on)::int, cu.min_attendance::float8, cu.requires_all_required_modules
            FROM classes c JOIN curricula cu ON cu.code = c.curriculum_code
            WHERE c.code = \(classCode)
            FOR UPDATE OF c
            """, logger: logger)
        guard let row = try await rows.collect().first else { throw StoreError.noSuch("class", code: classCode) }
        let (classID, year, share, allModules) = try row.decode((Int, Int, Double, Bool).self)
        let rule = CompletionRule(minimumAttendance: share, requiresAllRequiredModules: allModules)
        var issue = CertificateIssue(
            classCode: classCode, issued: [], alreadyIssued: 0, notCompleting: [], dryRun: dryRun)
        var toIssue: [(delegate: Int, certified: CertificateIssue.Certified)] = []
        var completing: [Int] = []
        for try await row in try await connection.query(
            """
            SELECT d.id, d.code, d.full_name, p.enrollment_id, p.held_sessions::int, p.attended_sessions::int,
                   p.missing_required_modules::text[], p.completes, x.id IS NOT NULL
            FROM enrollment_progress p
            JOIN delegates d ON d.id = p.delegate_id
            LEFT JOIN certificates x ON x.class_id = p.class_id AND x.delegate_id = p.delegate_id
            WHERE p.class_id = \(classID)
            ORDER BY name_order(d.name_sort_key) COLLATE "vi-x-icu", d.full_name COLLATE "vi-x-icu", d.code
            """, logger: logger
        ).decode((Int, String, String, Int, Int, Int, [String], Bool, Bool).self) {
            let (delegate, code, name, enrollment, held, attended, missing, completes, certified) = row
            guard completes else {
                let shortfall = CompletionShortfall(
                    heldSessions: held, attendedSessions: attended, rule: rule, missingRequiredModules: missing)
                issue.notCompleting.append(
                    .init(
                        delegateCode: code, fullName: name, reason: shortfall.description, wording: shortfall.wording))
                continue
            }
            completing.append(enrollment)
            if certified {
                issue.alreadyIssued += 1
            } else {
                toIssue.append((delegate, .init(delegateCode: code, fullName: name, number: nil)))
            }
        }
        guard !dryRun else {
            issue.issued = toIssue.map { $0.certified }
            return issue
        }
        let numbers = try await serials(count: toIssue.count, on: connection).map {
            CertificateNumber(year: year, serial: $0).description
        }
        try await connection.query(
            """
            INSERT INTO certificates (number, class_id, delegate_id)
            SELECT u.number, \(classID), u.delegate_id
            FROM unnest(\(numbers)::text[], \(toIssue.map { $0.delegate })::bigint[]) AS u(number, delegate_id)
            ON CONFLICT (class_id, delegate_id) DO NOTHING
            """, logger: logger)
        try await connection.query(
            """
            UPDATE enrollments SET status = 'completed', updated_at = clock_timestamp()
            WHERE id = ANY(\(completing)::bigint[]) AND status = 'enrolled'
            """, logger: logger)
        issue.issued = zip(toIssue, numbers).map { entry, number in
            var certified = entry.certified
            certified.number = number
            return certified
        }
        return issue
    }

    /// `count` new serials from the `certificate_serial` sequence, in order.
    private func serials(count: Int, on connection: PostgresConnection) async throws -> [Int] {
        guard count > 0 else { return [] }
        var serials: [Int] = []
        for try await serial in try await connection.query(
            "SELECT nextval('certificate_serial') FROM generate_series(1, \(count))", logger: logger
        ).decode(Int.self) {
            serials.append(serial)
        }
        return serials.sorted()
    }
}
