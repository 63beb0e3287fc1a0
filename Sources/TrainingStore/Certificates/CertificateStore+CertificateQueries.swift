import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

extension CertificateStore {
    /// The certificate with `number` (as printed; any case), or a not-found error that says so.
    public func certificate(number: String) async throws -> CertificateRecord {
        let normalized = CertificateNumber(parsing: number)?.description ?? number
        guard let record = try await certificates(number: normalized, classCode: nil).first else {
            throw StoreError(
                .notFound,
                "no certificate has the number \(number); check it as printed (GCN-<year>-<6 digits>, e.g. GCN-2026-000123)"
                    as Message)
        }
        return record
    }

    /// The certificates of a class, by number.
    public func certificates(classCode: String) async throws -> [CertificateRecord] {
        try await database.materials.requireCode(classCode, in: "classes", what: "class")
        return try await certificates(number: nil, classCode: classCode)
    }

    /// The certificates of the delegate with `code` from the classes they are seated in (enrolled or
    /// completed), by the class's start day, then number: one query, whatever the number of classes.
    public func certificates(delegateCode code: String) async throws -> [CertificateRecord] {
        try await certificates(number: nil, classCode: nil, delegateCode: code)
    }

    private func certificates(number: String?, classCode: String?, delegateCode: String? = nil) async throws
        -> [CertificateRecord]
    {
        let rows = try await client.query(
            """
            SELECT x.number, x.revoked_at IS NULL,
                   to_char(x.issued_at AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD'),
                   to_char(x.revoked_at AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD'),
                   x.revocation_reason, d.code, d.full_name, c.code, cu.code, cu.title
            FROM certificates x
            JOIN delegates d ON d.id = x.delegate_id
            JOIN classes c ON c.id = x.class_id
            JOIN curricula cu ON cu.code = c.curriculum_code
            LEFT JOIN venues v ON v.id = c.venue_id
            WHERE (\(number)::text IS NULL OR x.number = \(number)::text)
              AND (\(classCode)::text IS NULL OR c.code = \(classCode)::text)
              AND (\(delegateCode)::text IS NULL
                   OR (d.code = \(delegateCode)::text
                       AND EXISTS (SELECT 1 FROM enrollments e WHERE e.class_id = c.id AND e.delegate_id = d.id
                                   AND e.status IN ('enrolled', 'completed'))))
            ORDER BY c.starts_on, c.code, x.number
            """, logger: logger)
        var records: [CertificateRecord] = []
        for try await row in rows.decode(
            (String, Bool, String, String?, String?, String, String, String, String, String).self)
        {
            records.append(
                CertificateRecord(
                    number: row.0, valid: row.1, issuedOn: row.2, revokedOn: row.3, revocationReason: row.4,
                    delegateCode: row.5, fullName: row.6, classCode: row.7, programCode: row.8, programTitle: row.9))
        }
        return records
    }
}
