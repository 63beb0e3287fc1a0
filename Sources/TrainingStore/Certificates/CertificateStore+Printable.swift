import Foundation
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// A valid certificate with everything its printed page says: the delegate, the program and the class's days,
/// and who issues it.
public struct PrintableCertificate: Sendable {
    public var number: String
    /// `YYYY-MM-DD` in Vietnam's time.
    public var issuedOn: String
    public var fullName: String
    public var birthDate: String?
    public var position: String?
    public var bodyName: String
    public var programTitle: String
    public var classCode: String
    /// The class's first and last day of teaching (its window when it has no session), `YYYY-MM-DD`.
    public var startsOn: String
    public var endsOn: String
    public var issuer: CertificateIssuer
}

extension CertificateStore {
    /// The certificate `number` to print; refused when it was revoked or its program names no issuer.
    public func printable(number: String) async throws -> [PrintableCertificate] {
        let record = try await certificate(number: number)
        if let revokedOn = record.revokedOn {
            throw StoreError(
                .refused,
                "certificate \(record.number) was revoked on \(day: revokedOn); a revoked certificate is not printed")
        }
        return try await printable(number: record.number, classCode: nil)
    }

    /// The valid certificates of a class, by number, to print together.
    public func printable(classCode: String) async throws -> [PrintableCertificate] {
        try await database.materials.requireCode(classCode, in: "classes", what: "class")
        let certificates = try await printable(number: nil, classCode: classCode)
        guard !certificates.isEmpty else {
            throw StoreError(.refused, "class \(classCode) has no valid certificate to print; issue them first")
        }
        return certificates
    }

    private func printable(number: String?, classCode: String?) async throws -> [PrintableCertificate] {
        let rows = try await client.query(
            """
            SELECT x.number,
                   to_char(x.issued_at AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD'),
                   d.full_name, d.birth_date::text, d.position, b.name, cu.code, cu.title, c.code,
                   coalesce(days.first, c.starts_on)::text, coalesce(days.last, c.ends_on)::text,
                   cu.issuer_body, cu.issuer_parent_body, cu.issuer_signer_title, cu.issuer_place
            FROM certificates x
            JOIN delegates d ON d.id = x.delegate_id
            JOIN bodies b ON b.id = d.body_id
            JOIN classes c ON c.id = x.class_id
            JOIN curricula cu ON cu.code = c.curriculum_code
            LEFT JOIN venues v ON v.id = c.venue_id
            LEFT JOIN LATERAL (
                SELECT min(lower(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'))::date AS first,
                       max(lower(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'))::date AS last
                FROM sessions s WHERE s.class_id = c.id AND s.status <> 'cancelled') days ON true
            WHERE x.revoked_at IS NULL
              AND (\(number)::text IS NULL OR x.number = \(number)::text)
              AND (\(classCode)::text IS NULL OR c.code = \(classCode)::text)
            ORDER BY x.number
            """, logger: logger)
        var certificates: [PrintableCertificate] = []
        for try await row in rows.decode(
            (
                String, String, String, String?, String?, String, String, String, String, String, String, String?,
                String?, String?, String?
            ).self)
        {
            guard let body = row.11, let signer = row.13, let place = row.14 else {
                throw StoreError(
                    .refused,
                    "program \(row.6) names no issuer of its certificates; add `issuer: {body, signer, place}` to it "
                        + "in programs.yaml and import the catalog")
            }
            certificates.append(
                PrintableCertificate(
                    number: row.0, issuedOn: row.1, fullName: row.2, birthDate: row.3, position: row.4,
                    bodyName: row.5, programTitle: row.7, classCode: row.8, startsOn: row.9, endsOn: row.10,
                    issuer: CertificateIssuer(body: body, parentBody: row.12, signerTitle: signer, place: place)))
        }
        return certificates
    }
}
