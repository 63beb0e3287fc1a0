import Foundation
import PostgresInfrastructure
public import TrainingModel

extension AuditStore {
    /// The audit trail's rows matching `filter`, newest first.
    public func auditEntries(matching filter: AuditFilter) async throws -> [AuditEntry] {
        let rows = try await client.query(
            """
            SELECT id, at, actor, table_name, action, row_id, before::text, after::text,
                   coalesce(audit_subject(table_name, coalesce(after, before)), row_id),
                   audit_readable(before)::text, audit_readable(after)::text
            FROM audit_log
            WHERE (\(filter.entity?.rawValue)::text IS NULL OR table_name = \(filter.entity?.rawValue)::text)
              AND (\(filter.since)::timestamptz IS NULL OR at >= \(filter.since)::timestamptz)
              AND (\(filter.actor)::text IS NULL OR actor = \(filter.actor)::text)
              AND (\(filter.row)::text IS NULL OR row_id = \(filter.row)::text)
            ORDER BY at DESC, id DESC
            LIMIT \(filter.limit)
            """, logger: logger)
        let decoder = JSONDecoder()
        var entries: [AuditEntry] = []
        let json = { (text: String?) in try text.map { try decoder.decode(JSONValue.self, from: Data($0.utf8)) } }
        for try await row in rows.decode(
            (Int, Date, String, String, String, String, String?, String?, String, String?, String?).self)
        {
            entries.append(
                AuditEntry(
                    id: row.0, at: row.1, actor: row.2, entity: row.3, action: row.4, row: row.5, subject: row.8,
                    before: try json(row.6), after: try json(row.7), readableBefore: try json(row.9),
                    readableAfter: try json(row.10)))
        }
        return entries
    }
}
