import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// The class an enrollment is for: its rules and its state.
struct EnrollmentClass {
    var id: Int
    var rules: EnrollmentRules
    /// The program's term: `--where` picks delegates of it unless told otherwise.
    var term: String

    /// Reads the class's rules, without locking it: the rules are checked before the class is locked, so
    /// enrollers of one class hold its row only while taking seats. Refuses a class that is closed or cancelled.
    static func read(code: String, on connection: PostgresConnection, logger: Logger) async throws -> EnrollmentClass {
        let rows = try await connection.query(
            """
            SELECT c.id, c.code, c.curriculum_code, c.status, cu.audience, c.audience, cu.term_code
            FROM classes c JOIN curricula cu ON cu.code = c.curriculum_code
            WHERE c.code = \(code)
            """, logger: logger
        ).collect()
        guard let row = rows.first else {
            throw StoreError.noClass(code)
        }
        let (id, classCode, program, status, programTokens, classTokens, term) = try row.decode(
            (Int, String, String, String, [String], [String], String).self)
        guard status != "closed" && status != "cancelled" else {
            throw StoreError(
                .refused,
                status == "closed"
                    ? "class \(classCode) is closed; it takes no enrollments; nothing was written"
                    : "class \(classCode) is cancelled; it takes no enrollments; nothing was written")
        }
        do {
            let rules = EnrollmentRules(
                classCode: classCode, program: program, programAudience: try Audience(parsing: programTokens),
                classAudience: try Audience(parsing: classTokens))
            return EnrollmentClass(id: id, rules: rules, term: term)
        } catch {
            throw StoreError(
                .inconsistentData, "class \(classCode) has an audience ttbd cannot read: \(error.wording)")
        }
    }

    /// What the rules need to know about each code, in the order given; `nil` delegate for an unknown code.
    func candidates(
        codes: [String], on connection: PostgresConnection, logger: Logger
    ) async throws -> [(code: String, id: Int?, candidate: EnrollmentRules.Candidate?)] {
        let rows = try await connection.query(
            """
            SELECT u.code, d.id, d.full_name, b.kind, d.province_code, d.commune_code, d.term_code, d.first_time,
                   d.full_time,
                   (SELECT e.status FROM enrollments e
                    WHERE e.class_id = \(id) AND e.delegate_id = d.id
                      AND e.status IN ('enrolled', 'waitlisted', 'completed') LIMIT 1),
                   other.code, other.status, coalesce(trained_in_program(d.id, \(rules.program)), false),
                   missing_prerequisites(\(id), d.id),
                   ARRAY(SELECT w.rule FROM waivers w WHERE w.delegate_id = d.id AND w.curriculum_code = \(rules.program)),
                   d.standing
            FROM unnest(\(codes)::text[]) WITH ORDINALITY AS u(code, n)
            LEFT JOIN delegates d ON d.code = u.code
            LEFT JOIN bodies b ON b.id = d.body_id
            LEFT JOIN LATERAL (
                SELECT c.code::text, e.status FROM enrollments e JOIN classes c ON c.id = e.class_id
                WHERE e.delegate_id = d.id AND c.curriculum_code = \(rules.program) AND c.id <> \(id)
                  AND e.status IN ('enrolled', 'waitlisted')
                ORDER BY e.requested_at LIMIT 1) other ON true
            ORDER BY u.n
            """, logger: logger)
        var result: [(code: String, id: Int?, candidate: EnrollmentRules.Candidate?)] = []
        for try await row in rows {
            let columns = try row.decode(
                (
                    String, Int?, String?, String?, String?, String?, String?, Bool?, Bool?, String?, String?, String?,
                    Bool, [String], [String], String?
                ).self)
            guard let delegateID = columns.1, let name = columns.2,
                let body = columns.3.flatMap(Delegate.BodyKind.init(rawValue:)),
                let standing = columns.15.flatMap(Delegate.Standing.init(rawValue:))
            else {
                result.append((columns.0, nil, nil))
                continue
            }
            let delegate = Delegate(
                code: columns.0, fullName: name, body: body, provinceCode: columns.4, communeCode: columns.5,
                term: columns.6 ?? "", firstTime: columns.7 ?? false, fullTime: columns.8 ?? false, standing: standing)
            let other = columns.10.flatMap { code in
                columns.11.flatMap(EnrollmentStatus.init(rawValue:)).map { (code: code, status: $0) }
            }
            let candidate = EnrollmentRules.Candidate(
                delegate: delegate, statusInClass: columns.9.flatMap(EnrollmentStatus.init(rawValue:)),
                otherActiveClass: other,
                trained: columns.12, missingPrerequisites: columns.13,
                waived: Set(columns.14.compactMap(WaivedRule.init(rawValue:))))
            result.append((columns.0, delegateID, candidate))
        }
        return result
    }
}
