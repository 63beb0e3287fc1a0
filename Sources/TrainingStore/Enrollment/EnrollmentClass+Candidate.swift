import PostgresNIO
import TrainingModel

extension EnrollmentClass {
    /// What the rules need to know of the delegate coded `u.code` for the class `target`, as columns.
    static let candidateColumns = """
        d.id, d.full_name, b.kind, d.province_code, d.commune_code, d.term_code, d.first_time, d.full_time,
        (SELECT e.status FROM enrollments e
         WHERE e.class_id = target.id AND e.delegate_id = d.id
           AND e.status IN ('enrolled', 'waitlisted', 'completed') LIMIT 1),
        other.code, other.status, coalesce(trained_in_program(d.id, target.curriculum_code), false),
        missing_prerequisites(target.id, d.id),
        ARRAY(SELECT w.rule FROM waivers w WHERE w.delegate_id = d.id AND w.curriculum_code = target.curriculum_code),
        d.standing
        """

    /// The joins ``candidateColumns`` reads from.
    static let candidateJoins = """
        LEFT JOIN delegates d ON d.code = u.code
        LEFT JOIN bodies b ON b.id = d.body_id
        LEFT JOIN LATERAL (
            SELECT c.code::text, e.status FROM enrollments e JOIN classes c ON c.id = e.class_id
            WHERE e.delegate_id = d.id AND c.curriculum_code = target.curriculum_code AND c.id <> target.id
              AND e.status IN ('enrolled', 'waitlisted')
            ORDER BY e.requested_at LIMIT 1) other ON true
        """

    /// The delegate and what the rules need from the next cells of a row holding ``candidateColumns``; no id and
    /// no candidate for a code no delegate has.
    static func candidate(code: String, cells: inout PostgresRow.Iterator) throws
        -> (id: Int?, candidate: EnrollmentRules.Candidate?)
    {
        let (id, name, kind, province): (Int?, String?, String?, String?) = try (
            cells.decodeNext(), cells.decodeNext(), cells.decodeNext(), cells.decodeNext()
        )
        let (commune, term, firstTime, fullTime): (String?, String?, Bool?, Bool?) = try (
            cells.decodeNext(), cells.decodeNext(), cells.decodeNext(), cells.decodeNext()
        )
        let (statusInClass, otherCode, otherStatus, trained): (String?, String?, String?, Bool) = try (
            cells.decodeNext(), cells.decodeNext(), cells.decodeNext(), cells.decodeNext()
        )
        let (missing, waived, standing): ([String], [String], String?) = try (
            cells.decodeNext(), cells.decodeNext(), cells.decodeNext()
        )
        guard let id, let name, let body = kind.flatMap(Delegate.BodyKind.init(rawValue:)),
            let standing = standing.flatMap(Delegate.Standing.init(rawValue:))
        else { return (nil, nil) }
        let delegate = Delegate(
            code: code, fullName: name, body: body, provinceCode: province, communeCode: commune, term: term ?? "",
            firstTime: firstTime ?? false, fullTime: fullTime ?? false, standing: standing)
        let other = otherCode.flatMap { code in
            otherStatus.flatMap(EnrollmentStatus.init(rawValue:)).map { (code: code, status: $0) }
        }
        return (
            id,
            EnrollmentRules.Candidate(
                delegate: delegate, statusInClass: statusInClass.flatMap(EnrollmentStatus.init(rawValue:)),
                otherActiveClass: other, trained: trained, missingPrerequisites: missing,
                waived: Set(waived.compactMap(WaivedRule.init(rawValue:))))
        )
    }
}

/// The class coded `$1` and the delegate coded `$2` as the rules need them, in one prepared statement: enrolling
/// one delegate is the busiest write at the start of a term, and planning this query cost as much as running it.
struct EnrollmentClassAndCandidate: PostgresPreparedStatement {
    static let sql = """
        SELECT \(EnrollmentClass.columns), u.code, \(EnrollmentClass.candidateColumns)
        FROM classes target JOIN curricula cu ON cu.code = target.curriculum_code
        CROSS JOIN (SELECT $2::text) AS u(code)
        \(EnrollmentClass.candidateJoins)
        WHERE target.code = $1
        """

    typealias Row = (EnrollmentClass, code: String, id: Int?, candidate: EnrollmentRules.Candidate?)

    var classCode: String
    var delegateCode: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(classCode)
        bindings.append(delegateCode)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        var cells = row.makeIterator()
        let target = try EnrollmentClass(cells: &cells)
        let code: String = try cells.decodeNext()
        let (id, candidate) = try EnrollmentClass.candidate(code: code, cells: &cells)
        return (target, code, id, candidate)
    }
}
