import PostgresInfrastructure
import PostgresNIO

extension AttendanceStore {
    /// The codes of `codes` that are not seated (enrolled or completed) in session `id`'s class, unknown codes
    /// among them, without telling the two apart: what the service may answer a lecturer, who must not learn
    /// from a mark who else is on the roster.
    public func unseatedCodes(session id: Int, codes: [String]) async throws -> [String] {
        try await client.query(
            """
            SELECT u.code FROM unnest(\(codes)::text[]) AS u(code)
            WHERE NOT EXISTS (
                SELECT 1 FROM delegates d
                JOIN enrollments e ON e.delegate_id = d.id AND e.status IN ('enrolled', 'completed')
                JOIN sessions s ON s.class_id = e.class_id
                WHERE d.code = u.code AND s.id = \(id))
            ORDER BY u.code
            """, logger: logger
        ).collect().map { try $0.decode(String.self) }
    }
}
