extension Database {
    /// The connections to this database by their state (`active`, `idle`, `idle in transaction`, …), as the
    /// server's `pg_stat_activity` shows them to this role: what the pool holds and uses, for `/metrics`
    /// (PostgresNIO's pool tells no one how many connections it lends or how many requests wait).
    public func connectionsByState() async throws -> [String: Int] {
        let rows = try await client.query(
            """
            SELECT coalesce(state, 'unknown'), count(*)::int FROM pg_stat_activity
            WHERE datname = current_database() AND backend_type = 'client backend'
            GROUP BY 1
            """, logger: logger
        ).collect()
        var counts: [String: Int] = [:]
        for row in rows {
            let (state, count) = try row.decode((String, Int).self)
            counts[state] = count
        }
        return counts
    }
}
