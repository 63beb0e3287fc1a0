import TrainingModel
import TrainingStore

extension TrainingOperations {
    /// Issues the certificates a class's completing delegates lack. A dry run lists them and draws no
    /// number: certificate numbers come from a sequence, which a rollback would not give back.
    public func issueCertificates(classCode: String, dryRun: Bool) async throws -> CertificateIssue {
        try await database.transaction(dryRun: dryRun) {
            try await database.certificates.issueCertificates(classCode: classCode, dryRun: dryRun, in: $0)
        }
    }
}

extension TrainingOperations {
    /// Revokes a certificate for `reason` and returns it as `verify` now reads it.
    public func revokeCertificate(number: String, reason: String) async throws -> CertificateRecord {
        try await database.transaction(dryRun: false) {
            try await database.certificates.revoke(number: number, reason: reason, in: $0)
        }
        return try await database.certificates.certificate(number: number)
    }
}
