import Logging
import PostgresInfrastructure
import PostgresNIO

extension DelegateStore {
    /// Runs `insert` with the table's secondary indexes and foreign keys set aside, then rebuilds them, all
    /// inside the caller's transaction.
    ///
    /// Maintaining a trigram index, an ICU-collated index and four foreign-key triggers row by row makes a
    /// large insert several times slower than building them once over the whole table, as `pg_restore` does.
    /// The definitions are read from the catalog, so they stay exactly what the migrations made. Unique
    /// constraints are rebuilt too, and rebuilding checks them over the whole table, so a duplicate still
    /// fails the transaction. The primary key stays, since other tables' foreign keys hang on it.
    func withDeferredIndexes<Result>(
        on table: String, connection: PostgresConnection, _ insert: () async throws -> Result
    ) async throws -> Result {
        var rebuild: [String] = []
        let indexes = try await connection.query(
            """
            SELECT c.relname, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = \(table)::regclass AND NOT i.indisunique AND NOT i.indisprimary
            """, logger: logger)
        var dropIndexes: [String] = []
        for try await (name, definition) in indexes.decode((String, String).self) {
            dropIndexes.append(quotedIdentifier(name))
            rebuild.append(definition)
        }
        let foreignKeys = try await connection.query(
            """
            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE conrelid = \(table)::regclass AND contype IN ('f', 'u')
            ORDER BY contype DESC
            """, logger: logger)
        var dropConstraints: [String] = []
        for try await (name, definition) in foreignKeys.decode((String, String).self) {
            dropConstraints.append("DROP CONSTRAINT \(quotedIdentifier(name))")
            rebuild.append(
                "ALTER TABLE \(quotedIdentifier(table)) ADD CONSTRAINT \(quotedIdentifier(name)) \(definition)")
        }
        if !dropIndexes.isEmpty {
            try await connection.query(
                PostgresQuery(unsafeSQL: "DROP INDEX \(dropIndexes.joined(separator: ", "))"), logger: logger)
        }
        if !dropConstraints.isEmpty {
            try await connection.query(
                PostgresQuery(
                    unsafeSQL: "ALTER TABLE \(quotedIdentifier(table)) \(dropConstraints.joined(separator: ", "))"),
                logger: logger)
        }
        let result = try await insert()
        // The trigram index builds about twice as fast when its whole build fits in memory.
        try await connection.query("SET LOCAL maintenance_work_mem = '256MB'", logger: logger)
        for statement in rebuild {
            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
        return result
    }
}
