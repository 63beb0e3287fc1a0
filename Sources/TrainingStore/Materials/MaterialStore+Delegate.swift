import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension MaterialStore {
    /// The material with `id` if the delegate with `delegateID` may have it (a material of a module of a class
    /// they are seated in, as `materials(.delegate)` lists them), nil otherwise: to them, a material that is not
    /// theirs does not exist.
    public func material(id: Int, forDelegateID delegateID: Int) async throws -> MaterialListing? {
        let row = try await client.query(
            """
            SELECT m.id, m.code, m.title, m.kind, m.url, m.file_path, m.sha256 FROM materials m
            WHERE m.id = \(id) AND EXISTS (
                SELECT 1 FROM enrollments e
                JOIN class_module_list l ON l.class_id = e.class_id
                JOIN module_materials mm ON mm.module_code = l.module_code
                WHERE e.delegate_id = \(delegateID) AND e.status IN ('enrolled', 'completed')
                  AND mm.material_id = m.id)
            """, logger: logger
        ).collect().first
        guard let row else { return nil }
        let (id, code, title, kind, url, path, sha256) = try row.decode(
            (Int, String, String, String, String?, String?, String?).self)
        return MaterialListing(
            classCode: nil, moduleCode: nil, id: id, code: code, title: title, kind: kind, url: url, filePath: path,
            sha256: sha256)
    }
}
