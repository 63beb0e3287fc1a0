import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension MaterialStore {
    /// Adds a material linked to `modules`, all or nothing: an unknown module or a code already taken is
    /// refused by name.
    public func addMaterial(_ material: Material, modules: [String]) async throws {
        do {
            try await transaction { connection in
                let unknown = try await connection.query(
                    """
                    SELECT u.code FROM unnest(\(modules)::text[]) AS u(code)
                    WHERE NOT EXISTS (SELECT 1 FROM modules m WHERE m.code = u.code) ORDER BY u.code
                    """, logger: logger
                ).collect().map { try $0.decode(String.self) }
                if !unknown.isEmpty {
                    throw StoreError.noSuch("module", code: unknown.joined(separator: ", "))
                }
                let (url, path, sha256): (String?, String?, String?) =
                    switch material.location {
                    case .url(let url): (url, nil, nil)
                    case .file(let path, let sha256): (nil, path, sha256)
                    }
                try await connection.query(
                    """
                    WITH added AS (
                        INSERT INTO materials (code, title, kind, url, file_path, sha256)
                        VALUES (\(material.code), \(material.title), \(material.kind.rawValue), \(url), \(path), \(sha256))
                        RETURNING id)
                    INSERT INTO module_materials (module_code, material_id)
                    SELECT u.code, added.id FROM added, unnest(\(modules)::text[]) AS u(code)
                    """, logger: logger)
            }
        } catch let error where DatabaseFailure.constraint(of: error) == "materials_code_key" {
            throw StoreError(
                .refused, "a material with the code \(material.code) already exists; choose another code")
        }
    }

    /// The materials `filter` asks for: of a module, of the modules of a class, or of the classes a
    /// delegate is seated in (enrolled or completed); each row a material with its module (and class).
    public func materials(_ filter: MaterialFilter) async throws -> [MaterialListing] {
        let query: PostgresQuery
        switch filter {
        case .all:
            query = """
                SELECT NULL::text, mm.module_code, \(unescaped: Self.materialColumns)
                FROM materials m LEFT JOIN module_materials mm ON mm.material_id = m.id
                ORDER BY m.code, mm.module_code
                """
        case .module(let code):
            try await requireCode(code, in: "modules", what: "module")
            query = """
                SELECT NULL::text, mm.module_code, \(unescaped: Self.materialColumns)
                FROM module_materials mm JOIN materials m ON m.id = mm.material_id
                WHERE mm.module_code = \(code)
                ORDER BY m.code
                """
        case .trainingClass(let code):
            try await requireCode(code, in: "classes", what: "class")
            query = """
                SELECT c.code, mm.module_code, \(unescaped: Self.materialColumns)
                FROM classes c
                JOIN class_module_list l ON l.class_id = c.id
                JOIN module_materials mm ON mm.module_code = l.module_code
                JOIN materials m ON m.id = mm.material_id
                WHERE c.code = \(code)
                ORDER BY l.position, m.code
                """
        case .delegate(let code):
            try await requireCode(code, in: "delegates", what: "delegate")
            query = """
                SELECT c.code, mm.module_code, \(unescaped: Self.materialColumns)
                FROM delegates d
                JOIN enrollments e ON e.delegate_id = d.id AND e.status IN ('enrolled', 'completed')
                JOIN classes c ON c.id = e.class_id
                JOIN class_module_list l ON l.class_id = c.id
                JOIN module_materials mm ON mm.module_code = l.module_code
                JOIN materials m ON m.id = mm.material_id
                WHERE d.code = \(code)
                ORDER BY c.starts_on, c.code, l.position, m.code
                """
        }
        var listings: [MaterialListing] = []
        for try await row in try await client.query(query, logger: logger).decode(
            (String?, String?, Int, String, String, String, String?, String?, String?).self)
        {
            listings.append(
                MaterialListing(
                    classCode: row.0, moduleCode: row.1, id: row.2, code: row.3, title: row.4, kind: row.5,
                    url: row.6, filePath: row.7, sha256: row.8))
        }
        return listings
    }

    private static let materialColumns = "m.id, m.code, m.title, m.kind, m.url, m.file_path, m.sha256"

    /// Refuses a code that `table` (one of a fixed few) does not hold.
    func requireCode(_ code: String, in table: String, what: String) async throws {
        let rows = try await client.query(
            "SELECT 1 FROM \(unescaped: table) WHERE code = \(code)", logger: logger
        ).collect()
        if rows.isEmpty { throw StoreError.noSuch(what, code: code) }
    }
}
