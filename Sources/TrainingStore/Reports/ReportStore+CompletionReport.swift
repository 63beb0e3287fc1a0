import PostgresInfrastructure
public import TrainingModel

extension ReportStore {
    /// Seated enrollments (from `enrollment_progress`) and how many completed, by `grouping`, for one
    /// program or all, in one term or all.
    public func completion(by grouping: CompletionGrouping, program: String?, term: String?) async throws
        -> CompletionReport
    {
        if let program { try await requireProgram(program) }
        if let term { try await requireTerm(term) }
        let group = Self.completionGroupSQL[grouping]!
        let rows = try await client.query(
            """
            SELECT \(unescaped: group.key) AS key, \(unescaped: group.name) AS name, count(*)::int,
                   count(*) FILTER (WHERE ep.status = 'completed')::int
            FROM enrollment_progress ep
            JOIN classes c ON c.id = ep.class_id
            JOIN curricula cu ON cu.code = c.curriculum_code
            JOIN delegates d ON d.id = ep.delegate_id
            JOIN bodies b ON b.id = d.body_id
            LEFT JOIN provinces p ON p.code = d.province_code
            WHERE (\(program)::text IS NULL OR c.curriculum_code = \(program)::text)
              AND (\(term)::text IS NULL OR cu.term_code = \(term)::text)
            GROUP BY 1, 2
            ORDER BY min(\(unescaped: group.order)), 1
            """, logger: logger)
        var lines: [CompletionReport.Line] = []
        for try await (key, name, seated, completed) in rows.decode((String, String?, Int, Int).self) {
            lines.append(
                CompletionReport.Line(
                    key: key, label: grouping.label(key: key, name: name), seated: seated, completed: completed))
        }
        return CompletionReport(grouping: grouping, program: program, term: term, groups: lines)
    }

    /// Each grouping's key, the name that goes with it, and the order of its groups, as SQL over
    /// `d` (delegates), `b` (bodies) and `p` (provinces): a fixed list, never text from the command line.
    private static let completionGroupSQL: [CompletionGrouping: (key: String, name: String, order: String)] = [
        .province: ("coalesce(d.province_code, '')", "p.name", "0"),
        .body: (
            "b.kind", "NULL::text",
            "array_position(ARRAY['national_assembly', 'province_council', 'commune_council'], b.kind)"
        ),
        .firstTime: ("d.first_time::text", "NULL::text", "CASE WHEN d.first_time THEN 0 ELSE 1 END"),
    ]
}
