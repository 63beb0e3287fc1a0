import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel
public import TrainingModel

extension EnrollmentStore {
    /// Enrolls the named delegates in `classCode`, in the order given, all or nothing: when any code is
    /// unknown or any delegate breaks a rule, it throws a refusal that lists every one of them with the
    /// reason, and writes nothing. Each delegate gets a seat while the class has one, in the cohort with the
    /// fewest members, and a place on the wait list after.
    public func enroll(classCode: String, delegateCodes: [String], in transaction: Transaction) async throws
        -> [EnrollmentOutcome]
    {
        let logger = self.logger
        let connection = transaction.connection
        let target = try await EnrollmentClass.read(code: classCode, on: connection, logger: logger)
        var seen: Set<String> = []
        let codes = delegateCodes.filter { seen.insert($0).inserted }
        let (eligible, refused) = try await target.sort(codes, on: connection, logger: logger)
        try Self.refuseAll(refused, classCode: target.rules.classCode)
        let outcomes = try await target.seat(eligible, actor: database.actor, on: connection, logger: logger)
        try Self.refuseAll(outcomes.filter(\.isRefused), classCode: target.rules.classCode)
        return outcomes
    }

    /// Enrolls one delegate in `classCode` without a transaction of the caller's: the class and the delegate are
    /// read and the rules checked, then the seat is taken (or refused, writing nothing) by one statement that is
    /// its own transaction, so the class is locked only while that statement runs.
    public func enroll(classCode: String, delegateCode: String) async throws -> EnrollmentOutcome {
        try await withConnection { connection in
            let read = EnrollmentClassAndCandidate(classCode: classCode, delegateCode: delegateCode)
            var rows = try await connection.execute(read, logger: logger).makeAsyncIterator()
            guard let (target, code, id, candidate) = try await rows.next() else { throw StoreError.noClass(classCode) }
            let (eligible, refused) = target.judge([(code, id, candidate)])
            try Self.refuseAll(refused, classCode: target.rules.classCode)
            let outcomes = try await target.seat(eligible, actor: database.actor, on: connection, logger: logger)
            try Self.refuseAll(outcomes.filter(\.isRefused), classCode: target.rules.classCode)
            return outcomes[0]
        }
    }

    /// Enrolls every delegate who matches `criteria` (of the program's term unless it names one), is
    /// eligible and not yet trained in the program, sorted by name; the others are counted, not an error.
    public func enroll(classCode: String, matching criteria: DelegateCriteria, in transaction: Transaction) async throws
        -> EnrollmentReport
    {
        let logger = self.logger
        let connection = transaction.connection
        let target = try await EnrollmentClass.read(code: classCode, on: connection, logger: logger)
        let codes = try await criteria.delegates(
            term: criteria.term ?? target.term, on: connection, logger: logger
        ).map(\.code)
        let (eligible, refused) = try await target.sort(codes, on: connection, logger: logger)
        let outcomes = try await target.seat(eligible, actor: database.actor, on: connection, logger: logger)
        return EnrollmentReport(
            outcomes: outcomes.filter { !$0.isRefused }, refusals: refused + outcomes.filter(\.isRefused))
    }

    /// The refusal of a whole request: every refused delegate on a line of its own.
    private static func refuseAll(_ refused: [EnrollmentOutcome], classCode: String) throws {
        guard !refused.isEmpty else { return }
        let lines = Message.joined(refused.map { "  \($0.wording)" }, separator: "\n")
        let count = refused.count
        throw StoreError(
            .refused,
            count == 1
                ? "cannot enroll this delegate in \(classCode); nothing was written:\n\(lines)"
                : "cannot enroll these \(number: count) delegates in \(classCode); nothing was written:\n\(lines)")
    }
}

extension EnrollmentClass {
    /// The delegates the rules let in (with their ids), and the refused with their reasons, each in the order given.
    func sort(
        _ codes: [String], on connection: PostgresConnection, logger: Logger
    ) async throws -> (eligible: [(id: Int, delegate: Delegate)], refused: [EnrollmentOutcome]) {
        judge(try await candidates(codes: codes, on: connection, logger: logger))
    }

    /// The candidates the rules let in (with their ids), and the refused with their reasons, each in the order given.
    func judge(
        _ candidates: [(code: String, id: Int?, candidate: EnrollmentRules.Candidate?)]
    ) -> (eligible: [(id: Int, delegate: Delegate)], refused: [EnrollmentOutcome]) {
        var eligible: [(id: Int, delegate: Delegate)] = []
        var refused: [EnrollmentOutcome] = []
        for (code, id, candidate) in candidates {
            guard let id, let candidate else {
                refused.append(
                    EnrollmentOutcome(delegateCode: code, fullName: nil, result: .refused([.unknownDelegate])))
                continue
            }
            let refusals = rules.refusals(for: candidate)
            if refusals.isEmpty {
                eligible.append((id, candidate.delegate))
            } else {
                refused.append(
                    EnrollmentOutcome(
                        delegateCode: code, fullName: candidate.delegate.fullName, result: .refused(refusals)))
            }
        }
        return (eligible, refused)
    }

    /// Asks `enroll_delegate` (migrations 0011, 0039) for a seat for each delegate, in order, in one statement,
    /// `actor` the audit log's (0045; a statement outside a transaction block has none set). The function refuses,
    /// writing nothing, a delegate another enroller placed in this class or another class of the program since the
    /// rules were checked, and a class closed since.
    func seat(
        _ delegates: [(id: Int, delegate: Delegate)], actor: String, on connection: PostgresConnection,
        logger: Logger
    ) async throws -> [EnrollmentOutcome] {
        guard !delegates.isEmpty else { return [] }
        // The function locks the class, then the delegate. For a batch, taking the same locks in the same order
        // first (the class, then all the delegates by id) keeps it from waiting in a circle with another enroller,
        // and keeps its seats together in arrival order. One delegate needs neither: the function takes the same
        // locks, and the class's is held for fewer round trips, for which enrollers of one class wait in turn.
        if delegates.count > 1 {
            try await connection.query("SELECT 1 FROM classes WHERE id = \(id) FOR UPDATE", logger: logger)
            try await connection.query(
                """
                SELECT 1 FROM delegates WHERE id = ANY(\(delegates.map(\.id))::int8[]) ORDER BY id FOR NO KEY UPDATE
                """, logger: logger)
        }
        let rows = try await connection.query(
            """
            SELECT r.outcome, r.cohort_code, r.waitlist_position, r.other_class, r.existing_status
            FROM unnest(\(delegates.map(\.id))::int8[]) WITH ORDINALITY AS u(id, n)
            CROSS JOIN LATERAL enroll_delegate_as(\(actor), \(id), u.id) r
            ORDER BY u.n
            """, logger: logger)
        var outcomes: [EnrollmentOutcome] = []
        var index = 0
        for try await (outcome, cohort, position, otherClass, existing) in rows.decode(
            (String, String?, Int?, String?, String?).self)
        {
            let delegate = delegates[index].delegate
            index += 1
            let status = existing.flatMap(EnrollmentStatus.init(rawValue:)) ?? .enrolled
            let result: EnrollmentOutcome.Result =
                switch outcome {
                case "enrolled": .enrolled(cohort: cohort)
                case "waitlisted": .waitlisted(position: position ?? 0)
                case "in_program":
                    .refused([.activeInProgram(program: rules.program, otherClass: otherClass ?? "", status: status)])
                default: .refused([.alreadyInClass(classCode: rules.classCode, status: status)])
                }
            outcomes.append(EnrollmentOutcome(delegateCode: delegate.code, fullName: delegate.fullName, result: result))
        }
        return outcomes
    }
}
