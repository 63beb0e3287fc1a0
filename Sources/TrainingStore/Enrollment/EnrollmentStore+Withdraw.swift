import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

/// What `withdraw` did: who left, from what, and who got the freed seat.
public struct Withdrawal: Sendable, Encodable {
    public var classCode: String
    public var delegateCode: String
    public var fullName: String
    /// Enrolled or wait-listed, before.
    public var previousStatus: EnrollmentStatus
    /// The first wait-listed delegate, seated in the same transaction by the database.
    public var promoted: EnrollmentOutcome?
}

extension EnrollmentStore {
    /// Withdraws a delegate from a class. A freed seat goes to the first wait-listed delegate in the same
    /// transaction: the enrollment trigger of migration 0011 does it, so no path can forget it.
    public func withdraw(classCode: String, delegateCode: String, in transaction: Transaction) async throws
        -> Withdrawal
    {
        let logger = self.logger
        let connection = transaction.connection
        let target = try await connection.query(
            "SELECT id, code FROM classes WHERE code = \(classCode) FOR UPDATE", logger: logger
        ).collect().first?.decode((Int, String).self)
        guard let target else {
            throw StoreError.noClass(classCode)
        }
        let (classID, code) = target
        let found = try await connection.query(
            """
            SELECT e.id, e.status, d.code, d.full_name
            FROM delegates d
            LEFT JOIN enrollments e ON e.delegate_id = d.id AND e.class_id = \(classID)
                AND e.status IN ('enrolled', 'waitlisted', 'completed')
            WHERE d.code = \(delegateCode)
            """, logger: logger
        ).collect().first?.decode((Int?, String?, String, String).self)
        guard let found else {
            throw StoreError.noDelegate(delegateCode)
        }
        let (enrollmentID, status, delegate, name) = found
        guard let enrollmentID, let previous = status.flatMap(EnrollmentStatus.init(rawValue:)) else {
            throw StoreError(
                .refused, "\(delegate) \(name) is not enrolled or wait-listed in \(code); nothing to withdraw")
        }
        guard previous != .completed else {
            throw StoreError(
                .refused, "\(delegate) \(name) completed \(code); a completed enrollment cannot be withdrawn")
        }
        // The wait list as it was: a seat reserved for a group goes to the first of that group on it, who need
        // not be the first of the list (migration 0039).
        let waiting =
            previous == .enrolled
            ? try await connection.query(
                "SELECT array_agg(id) FROM enrollments WHERE class_id = \(classID) AND status = 'waitlisted'",
                logger: logger
            ).collect().first?.decode([Int]?.self) ?? [] : []
        try await connection.query(
            """
            UPDATE enrollments SET status = 'withdrawn', updated_at = clock_timestamp()
            WHERE id = \(enrollmentID)
            """, logger: logger)
        var withdrawal = Withdrawal(
            classCode: code, delegateCode: delegate, fullName: name, previousStatus: previous)
        if !waiting.isEmpty {
            let promoted = try await connection.query(
                """
                SELECT d.code, d.full_name, co.code FROM enrollments e
                JOIN delegates d ON d.id = e.delegate_id LEFT JOIN cohorts co ON co.id = e.cohort_id
                WHERE e.id = ANY(\(waiting)::int8[]) AND e.status = 'enrolled'
                ORDER BY e.requested_at, e.id LIMIT 1
                """, logger: logger
            ).collect().first?.decode((String, String, String?).self)
            withdrawal.promoted = promoted.map {
                EnrollmentOutcome(delegateCode: $0.0, fullName: $0.1, result: .enrolled(cohort: $0.2))
            }
        }
        return withdrawal
    }
}

extension EnrollmentStore {
    /// The codes of the delegates seated or wait-listed in the class who match `criteria` (of any term), by
    /// name: whom `withdraw --where` takes out.
    public func activeDelegateCodes(classCode: String, matching criteria: DelegateCriteria, in transaction: Transaction)
        async throws -> [String]
    {
        let connection = transaction.connection
        let active = try await connection.query(
            """
            SELECT d.code FROM enrollments e JOIN classes c ON c.id = e.class_id JOIN delegates d ON d.id = e.delegate_id
            WHERE c.code = \(classCode) AND e.status IN ('enrolled', 'waitlisted')
            """, logger: logger
        ).collect().map { try $0.decode(String.self) }
        let inClass = Set(active)
        let matching = try await criteria.delegates(term: criteria.term, on: connection, logger: logger)
        return matching.map(\.code).filter(inClass.contains)
    }
}
