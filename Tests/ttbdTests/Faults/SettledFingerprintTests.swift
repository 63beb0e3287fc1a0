import PostgresNIO
import TestSupport
import Testing

/// The fault judge's "same as a complete run" must not depend on the order one statement wrote its rows in:
/// `classes cancel` withdraws a class's delegates in one UPDATE, and the audit log numbers them in the
/// plan's order, which an index scan and a sequential scan give differently (CI saw a kill judged a third
/// state for that alone).
@Suite("A settled fingerprint compares what was written, not the order of one statement's log rows")
struct SettledFingerprintTests {
    @Test("The same audit rows numbered in another order, at other instants, settle alike; other rows still differ")
    func logOrder() async throws {
        // The clock now and then writes an instant on a whole second (CI saw it); people write whole minutes.
        let written = try await [
            [("163", "10:03:14.25"), ("164", "10:03:14.5")], [("164", "10:03:14"), ("163", "10:03:15.75")],
            [("163", "10:03:14.25"), ("165", "10:03:14.5")],
        ].asyncMap { rows in
            try await TestDatabase.with { database in
                try await database.run { pool in
                    for (row, time) in rows {
                        try await pool.client.query(
                            """
                            INSERT INTO audit_log (at, actor, table_name, action, row_id, after)
                            VALUES (\("2026-12-03 \(time)+00")::timestamptz, 'staff', 'enrollments', 'insert', \(row), '{}')
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
