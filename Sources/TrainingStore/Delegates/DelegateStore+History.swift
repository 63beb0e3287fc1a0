import Foundation
import PostgresInfrastructure
import PostgresNIO
public import TrainingModel

extension DelegateStore {
    /// Everything that happened to the delegate with `code`, oldest first: changes to their record (from
    /// the audit trail, references as names), every status of every enrollment, attendance marks at the
    /// time of their session, certificates issued and revoked, rules set aside for them, and the candidate's
    /// record linked to theirs when they were elected.
    public func history(code: String) async throws -> [DelegateHistoryEntry] {
        guard
            let id = try await client.query("SELECT id FROM delegates WHERE code = \(code)", logger: logger)
                .collect().first?.decode(Int.self)
        else { throw StoreError.noDelegate(code) }
        let rows = try await client.query(
            """
            SELECT at, kind, class_code, fact, detail, actor FROM (
                SELECT a.at, 'record' AS kind, NULL::text AS class_code, a.action AS fact,
                       CASE a.action
                           WHEN 'insert' THEN NULL
                           WHEN 'delete' THEN NULL
                           ELSE (SELECT string_agg(
                                     k.key || ': ' || coalesce(r.before ->> k.key, '—') || ' → '
                                         || coalesce(k.value #>> '{}', '—'), '; ' ORDER BY k.key)
                                 FROM jsonb_each(r.after) k
                                 WHERE r.before -> k.key IS DISTINCT FROM k.value AND k.key <> 'name_sort_key')
                       END AS detail,
                       a.actor
                FROM audit_log a
                CROSS JOIN LATERAL (SELECT audit_readable(a.before) AS before, audit_readable(a.after) AS after) r
                WHERE a.table_name = 'delegates' AND a.row_id = \(String(id))
                UNION ALL
                SELECT h.at, 'enrollment', c.code, h.status, NULL, h.actor
                FROM enrollment_status_history h
                JOIN enrollments e ON e.id = h.enrollment_id JOIN classes c ON c.id = e.class_id
                WHERE e.delegate_id = \(id)
                UNION ALL
                SELECT lower(s.during), 'attendance', c.code, m.status,
                       s.module_code || ' '
                           || to_char(lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI'),
                       NULL
                FROM attendance m JOIN sessions s ON s.id = m.session_id JOIN classes c ON c.id = s.class_id
                WHERE m.delegate_id = \(id)
                UNION ALL
                SELECT x.issued_at, 'certificate', c.code, 'issued', x.number, NULL
                FROM certificates x JOIN classes c ON c.id = x.class_id WHERE x.delegate_id = \(id)
                UNION ALL
                SELECT x.revoked_at, 'certificate', c.code, 'revoked',
                       x.number || coalesce(': ' || x.revocation_reason, ''), NULL
                FROM certificates x JOIN classes c ON c.id = x.class_id
                WHERE x.delegate_id = \(id) AND x.revoked_at IS NOT NULL
                UNION ALL
                SELECT w.granted_at, 'waiver', NULL, w.rule, w.curriculum_code || E'\\n' || w.reason, w.granted_by
                FROM waivers w WHERE w.delegate_id = \(id)
                UNION ALL
                SELECT c.linked_at, 'record', NULL, 'linked', c.code || ' ' || c.full_name,
                       (SELECT a.actor FROM audit_log a
                        WHERE a.table_name = 'delegates' AND a.row_id = c.id::text AND a.after ->> 'linked_at' IS NOT NULL
                        ORDER BY a.at DESC LIMIT 1)
                FROM delegates c WHERE c.linked_delegate_id = \(id)
            ) events
            ORDER BY at, kind
            """, logger: logger)
        var entries: [DelegateHistoryEntry] = []
        for try await (at, kind, classCode, fact, detail, actor) in rows.decode(
            (Date, String, String?, String, String?, String?).self)
        {
            guard let kind = DelegateHistoryEntry.Kind(rawValue: kind) else { continue }
            entries.append(
                DelegateHistoryEntry(
                    at: at, kind: kind, classCode: classCode, wording: Self.wording(kind, fact, detail ?? ""),
                    actor: actor))
        }
        return entries
    }

    /// What happened, worded from the row's fact (an action, a status, a rule) and its data.
    static func wording(_ kind: DelegateHistoryEntry.Kind, _ fact: String, _ data: String) -> Message {
        switch (kind, fact) {
        case (.record, "insert"): return "added to the roster"
        case (.record, "delete"): return "removed from the roster"
        case (.record, "linked"): return "elected: the training of the candidate \(data) moved here"
        case (.record, _): return Message(verbatim: data)
        // An enrollment's status reads as the identifier it is stored as (`waitlisted`), worded by the catalog.
        case (.enrollment, _): return Message(pattern: fact, values: [])
        case (.attendance, _):
            return "\(data): \(AttendanceStatus(rawValue: fact)?.wording ?? Message(verbatim: fact))"
        case (.certificate, "issued"): return "issued \(data)"
        case (.certificate, _): return "revoked \(data)"
        case (.waiver, _):
            // The program and the reason, as the query joins them.
            let parts = data.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            return "\(parts[0]) \(fact) set aside: \(parts.count > 1 ? parts[1] : "")"
        }
    }
}
