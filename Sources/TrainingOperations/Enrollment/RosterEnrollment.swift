import Foundation
import PostgresInfrastructure
import TrainingImport
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Enrolls the delegates named by `codes` and by the code column of `roster` (a CSV's contents and its
    /// name, for problems) in the class with `classCode`, all or nothing, in one transaction: one unknown or
    /// ineligible delegate and nobody is enrolled, and every refusal is listed.
    ///
    /// With `movingFrom`, each is first withdrawn from that class (a wait-listed delegate moving to a free
    /// seat of another class of the program): its wait list keeps its order, a freed seat goes to its first
    /// wait-listed, and if any of them cannot move, nobody does.
    public func enroll(
        classCode: String, delegateCodes codes: [String], roster: (contents: Data, file: String)? = nil,
        movingFrom: String? = nil
    ) async throws -> [EnrollmentOutcome] {
        let named = try codes + (roster.map { try EnrollmentRoster.codes(in: $0.contents, file: $0.file) } ?? [])
        if movingFrom == nil, named.count == 1 {
            // Nothing to keep together: its seat is one statement, and the class is not held for a COMMIT.
            return [try await database.enrollments.enroll(classCode: classCode, delegateCode: named[0])]
        }
        return try await database.transaction(dryRun: false) { transaction in
            if let movingFrom {
                _ = try await withdrawAll(classCode: movingFrom, delegateCodes: named, in: transaction)
            }
            return try await database.enrollments.enroll(classCode: classCode, delegateCodes: named, in: transaction)
        }
    }

    /// Enrolls everyone `criteria` selects who is eligible, and counts the others by reason.
    public func enroll(classCode: String, matching criteria: DelegateCriteria) async throws -> EnrollmentReport {
        try await database.transaction(dryRun: false) {
            try await database.enrollments.enroll(classCode: classCode, matching: criteria, in: $0)
        }
    }

    /// Withdraws delegates from a class, all or nothing: if any is not in it, every such one is listed and
    /// nobody is withdrawn. Each freed seat goes to the first on the wait list.
    public func withdraw(classCode: String, delegateCodes: [String], roster: (contents: Data, file: String)? = nil)
        async throws -> [Withdrawal]
    {
        let named =
            try delegateCodes + (roster.map { try EnrollmentRoster.codes(in: $0.contents, file: $0.file) } ?? [])
        return try await database.transaction(dryRun: false) {
            try await withdrawAll(classCode: classCode, delegateCodes: named, in: $0)
        }
    }

    /// Withdraws everyone seated or wait-listed in the class who matches `criteria`.
    public func withdraw(classCode: String, matching criteria: DelegateCriteria) async throws -> [Withdrawal] {
        try await database.transaction(dryRun: false) { transaction in
            let codes = try await database.enrollments.activeDelegateCodes(
                classCode: classCode, matching: criteria, in: transaction)
            return try await withdrawAll(classCode: classCode, delegateCodes: codes, in: transaction)
        }
    }

    /// Withdraws each delegate in turn inside `transaction`; the refusals are gathered and thrown together
    /// (they are checked before anything is written for that delegate, so the transaction stays usable).
    private func withdrawAll(classCode: String, delegateCodes: [String], in transaction: Transaction) async throws
        -> [Withdrawal]
    {
        var seen: Set<String> = []
        var withdrawals: [Withdrawal] = []
        var refusals: [Message] = []
        for code in delegateCodes where seen.insert(code).inserted {
            do {
                withdrawals.append(
                    try await database.enrollments.withdraw(classCode: classCode, delegateCode: code, in: transaction))
            } catch let error as StoreError where error.code == .refused || error.isUnknownDelegate {
                refusals.append(error.wording)
            }
        }
        guard refusals.isEmpty else {
            let lines = Message.joined(refusals.map { "  \($0)" }, separator: "\n")
            let count = refusals.count
            throw StoreError(
                .refused,
                count == 1
                    ? "cannot withdraw this delegate from \(classCode); nothing was written:\n\(lines)"
                    : "cannot withdraw these \(number: count) delegates from \(classCode); nothing was written:\n\(lines)"
            )
        }
        return withdrawals
    }
}

extension TrainingOperations {
    /// Sets a rule of a program aside for one delegate, with the reason staff give.
    public func waive(_ rule: WaivedRule, program: String, delegateCode: String, reason: String) async throws -> Waiver
    {
        try await database.transaction(dryRun: false) {
            try await database.enrollments.waive(
                rule, program: program, delegateCode: delegateCode, reason: reason, in: $0)
        }
    }
}
