import PostgresNIO
import TestSupport
import Testing

/// The fault judge's "same as a complete run" must not depend on the order one statement wrote its rows in:
/// `classes cancel` withdraws a class's delegates in one UPDATE, and the audit log numbers them in the
/// plan's order, which an index scan and a sequential scan give differently (CI saw a kill judged a third
/// state for that alone).
@Suite("A settled fingerprint compares what was written, not the order of one statement's log rows")
struct SettledFingerprintTests {
    @Test("The same audit rows numbered in another order settle alike; other rows still differ")
    func logOrder() async throws {
        let written = try await [["163", "164"], ["164", "163"], ["163", "165"]].asyncMap { rows in
            try await TestDatabase.with { database in
                try await database.run { pool in
                    for row in rows {
                        try await pool.client.query(
                            """
                            INSERT INTO audit_log (actor, table_name, action, row_id, after)
                            VALUES ('staff', 'enrollments', 'insert', \(row), '{}')
                            """, logger: TestCluster.logger)
                    }
                }
                return (exact: try await database.fingerprint(), settled: try await database.fingerprint(settled: true))
            }
        }
        #expect(written[0].exact != written[1].exact)
        #expect(written[0].settled == written[1].settled)
        #expect(written[0].settled != written[2].settled)
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
