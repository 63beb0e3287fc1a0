import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension CertificateStore {
    /// Revokes the certificate with `number` for `reason`. A certificate is revoked once: revoking it
    /// again is refused with the day it was, so the first reason stands.
    public func revoke(number: String, reason: String, in transaction: Transaction) async throws {
        let normalized = CertificateNumber(parsing: number)?.description ?? number
        let revoked = try await transaction.connection.query(
            """
            UPDATE certificates SET revoked_at = now(), revocation_reason = \(reason.precomposedStringWithCanonicalMapping)
            WHERE number = \(normalized) AND revoked_at IS NULL
            RETURNING id
            """, logger: logger
        ).collect()
        guard revoked.isEmpty else { return }
        let earlier = try await certificate(number: normalized)
        let revokedOn = earlier.revokedOn ?? "?"
        throw StoreError(
            .refused,
            earlier.revocationReason.map {
                "\(earlier.number) was already revoked on \(day: revokedOn) (\($0)); nothing was written"
            } ?? "\(earlier.number) was already revoked on \(day: revokedOn); nothing was written")
    }
}
