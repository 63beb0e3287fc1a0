import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension DelegateStore {
    /// Links the candidate `candidateCode` to the delegate `delegateCode` they became, inside `transaction`:
    /// their enrollments, the attendance marks of those still held, their certificates, their waivers (but one
    /// the delegate already has for the same program and rule) and their account (unless the delegate has one)
    /// move to the delegate record (each move audited by its table's trigger), and the candidate's row records
    /// the link. What else names the candidate's row stays with it: notices already in the outbox were written
    /// to the candidate, the survey rounds they answered were answered anonymously by that record, and a
    /// candidate is never registered for a conference (migration 0043).
    /// Refuses a candidate already linked, national ids that differ or are missing unless `force`, and two
    /// records that are both in one class (the move would hold two seats or two certificates of it).
    public func linkCandidate(
        code candidateCode: String, toDelegate delegateCode: String, force: Bool, in transaction: Transaction
    ) async throws -> CandidateLink {
        let connection = transaction.connection
        // Enrollers lock a delegate's row (enroll_delegate); taking both rows, in id order, keeps anyone from
        // seating the candidate while their enrollments move, and a second link of the same candidate waits
        // here and then finds it linked.
        let rows = try await connection.query(
            """
            SELECT id, code, full_name, standing, national_id, linked_delegate_id IS NOT NULL,
                   (SELECT l.code FROM delegates l WHERE l.id = d.linked_delegate_id)
            FROM delegates d WHERE code IN (\(candidateCode), \(delegateCode)) ORDER BY id FOR NO KEY UPDATE
            """, logger: logger)
        var people: [String: Person] = [:]
        for try await row in rows.decode((Int, String, String, String, String?, Bool, String?).self) {
            people[row.1] = Person(
                id: row.0, name: row.2, standing: row.3, nationalID: row.4, linked: row.5, linkedTo: row.6)
        }
        guard let candidate = people[candidateCode], candidate.standing == Delegate.Standing.candidate.rawValue else {
            throw StoreError(.notFound, "no candidate has the code \(candidateCode)")
        }
        guard let delegate = people[delegateCode], delegate.standing == Delegate.Standing.delegate.rawValue else {
            throw StoreError.noDelegate(delegateCode)
        }
        if candidate.linked {
            throw StoreError(
                .refused,
                "candidate \(candidateCode) is already linked to delegate \(candidate.linkedTo ?? ""); a candidate is linked once; nothing was written"
            )
        }
        if !force { try Self.requireSamePerson(candidateCode, candidate, delegateCode, delegate) }
        try await refuseOtherHolder(candidateCode, candidate, delegate, on: connection)
        try await refuseSharedClasses(candidateCode, candidate.id, delegateCode, delegate.id, on: connection)

        let enrollments = try await count(
            """
            WITH moved AS (
            UPDATE enrollments SET delegate_id = \(delegate.id), updated_at = clock_timestamp()
            WHERE delegate_id = \(candidate.id) RETURNING 1)
            SELECT count(*) FROM moved
            """, on: connection)
        // A mark of an enrollment since withdrawn has no seat to move with (attendance needs one): it stays
        // on the candidate's record.
        let marks = try await count(
            """
            WITH moved AS (
            UPDATE attendance m SET delegate_id = \(delegate.id)
            FROM sessions s
            WHERE m.delegate_id = \(candidate.id) AND s.id = m.session_id
              AND EXISTS (SELECT 1 FROM enrollments e WHERE e.class_id = s.class_id AND e.delegate_id = \(delegate.id)
                            AND e.status IN ('enrolled', 'completed'))
            RETURNING 1)
            SELECT count(*) FROM moved
            """, on: connection)
        let certificates = try await count(
            """
            WITH moved AS (
            UPDATE certificates SET delegate_id = \(delegate.id) WHERE delegate_id = \(candidate.id) RETURNING 1)
            SELECT count(*) FROM moved
            """, on: connection)
        let waivers = try await count(
            """
            WITH moved AS (
            UPDATE waivers w SET delegate_id = \(delegate.id)
            WHERE w.delegate_id = \(candidate.id)
              AND NOT EXISTS (SELECT 1 FROM waivers h WHERE h.delegate_id = \(delegate.id)
                                AND h.curriculum_code = w.curriculum_code AND h.rule = w.rule)
            RETURNING 1)
            SELECT count(*) FROM moved
            """, on: connection)
        let accounts = try await count(
            """
            WITH moved AS (
            UPDATE accounts SET delegate_id = \(delegate.id)
            WHERE delegate_id = \(candidate.id) AND NOT EXISTS (SELECT 1 FROM accounts WHERE delegate_id = \(delegate.id))
            RETURNING 1)
            SELECT count(*) FROM moved
            """, on: connection)
        try await connection.query(
            """
            UPDATE delegates SET linked_delegate_id = \(delegate.id), linked_at = now() WHERE id = \(candidate.id)
            """, logger: logger)
        return CandidateLink(
            candidateCode: candidateCode, delegateCode: delegateCode, delegateName: delegate.name,
            enrollments: enrollments, attendanceMarks: marks, certificates: certificates, waivers: waivers,
            accountMoved: accounts > 0, forced: force)
    }

    private struct Person {
        var id: Int
        var name: String
        var standing: String
        var nationalID: String?
        var linked: Bool
        var linkedTo: String?
    }

    /// The same person holds the same national id: two records without one, or with two, are not known to be.
    private static func requireSamePerson(
        _ candidateCode: String, _ candidate: Person, _ delegateCode: String, _ delegate: Person
    ) throws {
        switch (candidate.nationalID, delegate.nationalID) {
        case (let mine?, let theirs?) where mine == theirs:
            return
        case (let mine?, let theirs?):
            throw StoreError(
                .refused,
                "candidate \(candidateCode) has the national id \(mine) and delegate \(delegateCode) \(theirs); expected one person's; nothing was written"
            )
        default:
            throw StoreError(
                .refused,
                "candidate \(candidateCode) or delegate \(delegateCode) has no national id, so they are not known to be one person; nothing was written"
            )
        }
    }

    /// A candidate whose national id another delegate has is that delegate, whatever `--force` says (the
    /// database refuses the link too: `candidates_national_id_free`).
    private func refuseOtherHolder(
        _ candidateCode: String, _ candidate: Person, _ delegate: Person, on connection: PostgresConnection
    ) async throws {
        guard let nationalID = candidate.nationalID else { return }
        let holder = try await connection.query(
            """
            SELECT code FROM delegates
            WHERE national_id = \(nationalID) AND standing = 'delegate' AND id <> \(delegate.id) LIMIT 1
            """, logger: logger
        ).collect().first?.decode(String.self)
        guard let holder else { return }
        throw StoreError(
            .refused,
            "the national id \(nationalID) of candidate \(candidateCode) belongs to delegate \(holder); expected that delegate; nothing was written"
        )
    }

    /// Classes both records hold a seat, a wait-list place or a certificate in.
    private func refuseSharedClasses(
        _ candidateCode: String, _ candidate: Int, _ delegateCode: String, _ delegate: Int,
        on connection: PostgresConnection
    ) async throws {
        let rows = try await connection.query(
            """
            WITH held AS (
                SELECT delegate_id, class_id FROM enrollments
                WHERE delegate_id IN (\(candidate), \(delegate)) AND status IN ('enrolled', 'waitlisted', 'completed')
                UNION
                SELECT delegate_id, class_id FROM certificates WHERE delegate_id IN (\(candidate), \(delegate)))
            SELECT c.code FROM classes c
            WHERE c.id IN (SELECT class_id FROM held WHERE delegate_id = \(candidate))
              AND c.id IN (SELECT class_id FROM held WHERE delegate_id = \(delegate))
            ORDER BY c.code
            """, logger: logger)
        var classes: [String] = []
        for try await code in rows.decode(String.self) { classes.append(code) }
        guard !classes.isEmpty else { return }
        throw StoreError(
            .refused,
            "candidate \(candidateCode) and delegate \(delegateCode) are both in \(classes.joined(separator: ", ")); expected the candidate's classes to be other classes than the delegate's; nothing was written"
        )
    }
}
