import PostgresInfrastructure
import PostgresNIO

/// Every row of every table of a database, reduced to a count and a digest per table, so a test can say
/// "nothing changed" (a refused import) or "everything came back" (a restored backup) about the whole
/// database at once. Rows are compared as text in a fixed order, so two databases with the same rows
/// give the same fingerprint whatever order they were written in.
public struct DatabaseFingerprint: Sendable, Equatable, CustomStringConvertible {
    /// Table name → "rows:md5".
    public let tables: [String: String]

    public var description: String {
        tables.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n")
    }

    /// The tables of the two fingerprints that differ, for a failure message that says where.
    public func differences(from other: DatabaseFingerprint) -> [String] {
        Set(tables.keys).union(other.tables.keys).sorted().filter { tables[$0] != other.tables[$0] }
    }
}

extension TestDatabase {
    /// The fingerprint of every table in the public schema; `settled` masks what two runs of one command
    /// write differently (see ``DatabaseFingerprint/of(_:settled:)``).
    public func fingerprint(settled: Bool = false) async throws -> DatabaseFingerprint {
        try await DatabaseFingerprint.of(settings, settled: settled)
    }
}

extension DatabaseFingerprint {
    /// The fingerprint of every table in the public schema of the database `settings` name.
    ///
    /// `settled` compares what a command wrote rather than when: instants with seconds or a fraction of one
    /// (what `now()` and `clock_timestamp()` write, now and then on a whole second; the times people give are
    /// whole minutes) and 32-byte digests (of random tokens) are masked, and so are the identity ids no foreign
    /// key refers to (the audit log's, the status history's): they record only the order one statement's rows
    /// were written in, which is the plan's (a sequential or an index scan), not the command's. Two complete runs
    /// of one command from one state give the same settled fingerprint.
    public static func of(_ settings: ConnectionSettings, settled: Bool = false) async throws -> DatabaseFingerprint {
        try await Database.run(settings, logger: TestCluster.logger) { database in
            try await database.withConnection { connection in
                let names = try await connection.query(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
                    logger: TestCluster.logger
                ).collect().map { try $0.decode(String.self) }
                let logs = settled ? try await logTables(on: connection) : []
                var tables: [String: String] = [:]
                for name in names {
                    let rowText = settled ? settledRow(maskingID: logs.contains(name)) : "t::text"
                    let row = try await connection.query(
                        PostgresQuery(
                            unsafeSQL: """
                                SELECT count(*)::text || ':' || coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), '')
                                FROM (SELECT \(rowText) AS r FROM \(quotedIdentifier(name)) t) rows
                                """), logger: TestCluster.logger
                    ).collect()
                    tables[name] = try row.first?.decode(String.self) ?? ""
                }
                return DatabaseFingerprint(tables: tables)
            }
        }
    }

    /// The tables whose `id` is an identity no foreign key refers to.
    static func logTables(on connection: PostgresConnection) async throws -> Set<String> {
        let rows = try await connection.query(
            """
            SELECT c.table_name FROM information_schema.columns c
            WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.is_identity = 'YES'
              AND NOT EXISTS (
                SELECT 1 FROM pg_constraint f
                WHERE f.contype = 'f' AND f.confrelid = format('public.%I', c.table_name)::regclass)
            """, logger: TestCluster.logger
        ).collect()
        return Set(try rows.map { try $0.decode(String.self) })
    }

    /// A row `t` as text with what two runs write differently masked (see ``of(_:settled:)``).
    static func settledRow(maskingID: Bool) -> String {
        let row = maskingID ? "(to_jsonb(t) - 'id')::text" : "t::text"
        return
            #"regexp_replace(regexp_replace("# + row
            + #", '\d{4}-\d\d-\d\d[ T]\d\d:\d\d:(\d\d\.\d+|(0[1-9]|[1-5]\d)(\.\d+)?)(Z|[+-]\d\d(:\d\d)?)?', 'now', 'g'), '\\+x[0-9a-f]{64}', 'digest', 'g')"#
    }

    /// The settled rows of `table` that one of two databases has and the other lacks, for a failure message.
    public static func differingRows(of table: String, in first: ConnectionSettings, and second: ConnectionSettings)
        async throws -> (onlyInFirst: [String], onlyInSecond: [String])
    {
        var rows: [[String]] = []
        for settings in [first, second] {
            rows.append(
                try await Database.run(settings, logger: TestCluster.logger) { database in
                    try await database.withConnection { connection in
                        let masking = try await logTables(on: connection).contains(table)
                        let query = PostgresQuery(
                            unsafeSQL:
                                "SELECT \(settledRow(maskingID: masking)) FROM \(quotedIdentifier(table)) t ORDER BY 1")
                        return try await connection.query(query, logger: TestCluster.logger).collect().map {
                            try $0.decode(String.self)
                        }
                    }
                })
        }
        return (rows[0].filter { !Set(rows[1]).contains($0) }, rows[1].filter { !Set(rows[0]).contains($0) })
    }
}
