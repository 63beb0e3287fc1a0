import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension EnrollmentStore {
    /// Sets `rule` of `program` aside for the delegate with `code`, with `reason`, granted by the
    /// transaction's actor. Waiving again replaces the reason; the audit trail keeps the old one.
    public func waive(
        _ rule: WaivedRule, program: String, delegateCode code: String, reason: String, in transaction: Transaction
    ) async throws -> Waiver {
        let row = try await transaction.connection.query(
            """
            INSERT INTO waivers (delegate_id, curriculum_code, rule, reason, granted_by)
            SELECT d.id, cu.code, \(rule.rawValue), \(reason.precomposedStringWithCanonicalMapping),
                   coalesce(nullif(current_setting('ttbd.actor', true), ''), session_user)
            FROM delegates d, curricula cu WHERE d.code = \(code) AND cu.code = \(program)
            ON CONFLICT (delegate_id, curriculum_code, rule) DO UPDATE
                SET reason = EXCLUDED.reason, granted_by = EXCLUDED.granted_by, granted_at = now()
            RETURNING (SELECT full_name FROM delegates WHERE code = \(code)), reason, granted_by, granted_at
            """, logger: logger
        ).collect().first
        guard let row else {
            let known = try await transaction.connection.query(
                "SELECT EXISTS (SELECT 1 FROM delegates WHERE code = \(code))", logger: logger
            ).collect().first?.decode(Bool.self)
            throw known == true ? StoreError.noProgram(program) : StoreError.noDelegate(code)
        }
        let (name, savedReason, grantedBy, grantedAt) = try row.decode((String, String, String, Date).self)
        return Waiver(
            delegateCode: code, fullName: name, program: program, rule: rule, reason: savedReason,
            grantedBy: grantedBy, grantedAt: grantedAt)
    }
}
