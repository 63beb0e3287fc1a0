import Logging
import PostgresNIO
import TrainingModel

extension DelegateCriteria {
    /// The delegates (or, when they say so, the candidates) these criteria pick, of `term` (every term when nil),
    /// sorted the Vietnamese way: by given name, then full name. What `ttbd tokens issue --delegates --where` hands
    /// tokens to, and the one reading of `--where` that `ttbd enroll --where` can share.
    func delegates(
        term: String?, on connection: PostgresConnection, logger: Logger
    ) async throws -> [(code: String, fullName: String)] {
        let body = body?.rawValue
        let rows = try await connection.query(
            """
            SELECT d.code, d.full_name FROM delegates d JOIN bodies b ON b.id = d.body_id
            WHERE d.standing = \(standing.rawValue)
              AND (\(term)::text IS NULL OR d.term_code = \(term)::text)
              AND (\(provinceCode)::text IS NULL OR d.province_code = \(provinceCode)::text)
              AND (\(communeCode)::text IS NULL OR d.commune_code = \(communeCode)::text)
              AND (\(body)::text IS NULL OR b.kind = \(body)::text
                   OR (\(body)::text = 'council' AND b.kind <> 'national_assembly'))
              AND (\(firstTime)::boolean IS NULL OR d.first_time = \(firstTime)::boolean)
              AND (\(fullTime)::boolean IS NULL OR d.full_time = \(fullTime)::boolean)
            ORDER BY name_order(d.name_sort_key) COLLATE "vi-x-icu", d.full_name COLLATE "vi-x-icu", d.code
            """, logger: logger)
        var delegates: [(code: String, fullName: String)] = []
        for try await (code, name) in rows.decode((String, String).self) { delegates.append((code, name)) }
        return delegates
    }
}
