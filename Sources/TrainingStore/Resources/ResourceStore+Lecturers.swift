import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension ResourceStore {
    /// Saves lecturers by code, and exactly the modules each teaches, inside `transaction`; unless
    /// `updating`, every code must be new.
    public func saveLecturers(_ lecturers: [Lecturer], updating: Bool, in transaction: Transaction) async throws
        -> ChangeCounts
    {
        let reference = try await resourceReference(in: transaction)
        try requireKnown(lecturers.flatMap(\.modules), in: reference.modules, what: .module)
        try requireKnown(lecturers.compactMap(\.homeProvince), in: reference.provinces, what: .province)
        let writer = ResourceWriter(
            noun: "lecturer",
            snapshot: """
                SELECT l.code, l::text || coalesce((SELECT string_agg(m.module_code, ',' ORDER BY m.module_code)
                                                   FROM lecturer_modules m WHERE m.lecturer_id = l.id), '')
                FROM lecturers l
                """, logger: logger)
        let codes = lecturers.map(\.code)
        let teaching = lecturers.flatMap { lecturer in lecturer.modules.map { (lecturer.code, $0) } }
        let connection = transaction.connection
        return try await writer.save(keys: codes, updating: updating, on: connection) { connection in
            try await connection.query(
                """
                INSERT INTO lecturers (code, full_name, name_sort_key, organisation, home_province, email, phone)
                SELECT l.code, l.name, l.sort_key, nullif(l.organisation, ''), nullif(l.province, ''),
                       nullif(l.email, ''), nullif(l.phone, '')
                FROM unnest(\(codes), \(lecturers.map(\.fullName)), \(lecturers.map(\.sortKey)),
                            \(lecturers.map { $0.organisation ?? "" }), \(lecturers.map { $0.homeProvince ?? "" }),
                            \(lecturers.map { $0.email ?? "" }), \(lecturers.map { $0.phone ?? "" }))
                     AS l(code, name, sort_key, organisation, province, email, phone)
                ON CONFLICT (code) DO UPDATE SET
                    full_name = EXCLUDED.full_name, name_sort_key = EXCLUDED.name_sort_key,
                    organisation = EXCLUDED.organisation, home_province = EXCLUDED.home_province,
                    email = EXCLUDED.email, phone = EXCLUDED.phone
                """, logger: logger)
            try await connection.query(
                """
                DELETE FROM lecturer_modules m USING lecturers l
                WHERE m.lecturer_id = l.id AND l.code = ANY(\(codes))
                  AND (l.code, m.module_code) NOT IN (
                      SELECT * FROM unnest(\(teaching.map { $0.0 })::text[], \(teaching.map { $0.1 })::text[]))
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO lecturer_modules (lecturer_id, module_code)
                SELECT l.id, t.module FROM unnest(\(teaching.map { $0.0 })::text[], \(teaching.map { $0.1 })::text[])
                     AS t(code, module)
                JOIN lecturers l ON l.code = t.code
                ON CONFLICT DO NOTHING
                """, logger: logger)
        }
    }

    /// Lecturers who teach `module` (everyone when `nil`) and whose name contains `search` (ignoring
    /// accents and case), sorted the Vietnamese way.
    public func lecturers(module: String? = nil, search: String? = nil) async throws -> [Lecturer] {
        let pattern = search.map { "%" + Self.escapedForLike($0.precomposedStringWithCanonicalMapping) + "%" }
        let rows = try await client.query(
            """
            SELECT l.code, l.full_name, l.organisation, l.home_province,
                   coalesce((SELECT array_agg(m.module_code ORDER BY m.module_code)
                             FROM lecturer_modules m WHERE m.lecturer_id = l.id), '{}'),
                   l.email, l.phone
            FROM lecturers l
            WHERE (\(module)::text IS NULL
                   OR EXISTS (SELECT 1 FROM lecturer_modules m WHERE m.lecturer_id = l.id AND m.module_code = \(module)::text))
              AND (\(pattern)::text IS NULL OR fold_text(l.full_name) LIKE fold_text(\(pattern)::text))
            ORDER BY name_order(l.name_sort_key) COLLATE "vi-x-icu", l.full_name COLLATE "vi-x-icu", l.code
            """, logger: logger
        ).decode((String, String, String?, String?, [String], String?, String?).self)
        var lecturers: [Lecturer] = []
        for try await row in rows {
            lecturers.append(
                Lecturer(
                    code: row.0, fullName: row.1, organisation: row.2, homeProvince: row.3, modules: row.4,
                    email: row.5, phone: row.6))
        }
        return lecturers
    }
}
