import Foundation
import TrainingImport
import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Enrolls the delegates named by `codes` and by the code column of `roster` (a CSV's contents and its
    /// name, for problems) in the class with `classCode`, all or nothing, in one transaction: one unknown or
    /// ineligible delegate and nobody is enrolled, and every refusal is listed.
    public func enroll(
        classCode: String, delegateCodes codes: [String], roster: (contents: Data, file: String)? = nil
    ) async throws -> [EnrollmentOutcome] {
        let named = try codes + (roster.map { try EnrollmentRoster.codes(in: $0.contents, file: $0.file) } ?? [])
        return try await database.transaction(dryRun: false) {
            try await database.enrollments.enroll(classCode: classCode, delegateCodes: named, in: $0)
        }
    }

    /// Enrolls everyone `criteria` selects who is eligible, and counts the others by reason.
    public func enroll(classCode: String, matching criteria: DelegateCriteria) async throws -> EnrollmentReport {
        try await database.transaction(dryRun: false) {
            try await database.enrollments.enroll(classCode: classCode, matching: criteria, in: $0)
        }
    }

    /// Withdraws a delegate from a class; the first on the wait list takes the freed seat.
    public func withdraw(classCode: String, delegateCode: String) async throws -> Withdrawal {
        try await database.transaction(dryRun: false) {
            try await database.enrollments.withdraw(classCode: classCode, delegateCode: delegateCode, in: $0)
        }
    }
}

extension TrainingOperations {
    /// Sets a rule of a program aside for one delegate, with the reason staff give.
    public func waive(_ rule: WaivedRule, program: String, delegateCode: String, reason: String) async throws -> Waiver {
        try await database.transaction(dryRun: false) {
            try await database.enrollments.waive(
                rule, program: program, delegateCode: delegateCode, reason: reason, in: $0)
        }
    }
}
