import TrainingModel

extension Database {
    /// How far this server's write-ahead log goes: on a primary, what it has written; on a streaming replica,
    /// what it has replayed (what its readers see). A replica is as fresh as a primary's earlier position it has
    /// reached.
    public func walPosition() async throws -> UInt64 {
        let row = try await client.query(
            """
            SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text
            """, logger: logger
        ).collect().first
        guard let text = try row?.decode(String?.self), let position = Self.position(text) else {
            throw StoreError(.unavailable, "the server tells no position in its write-ahead log")
        }
        return position
    }

    /// A log sequence number written `16/B374D848` as one number.
    static func position(_ text: String) -> UInt64? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let high = UInt64(parts[0], radix: 16), let low = UInt64(parts[1], radix: 16) else {
            return nil
        }
        return high << 32 | low
    }
}
