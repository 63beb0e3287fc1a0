import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing

/// The one way a transaction opens: it names the audit actor, keeps or rolls back what it wrote as asked,
/// and hands back its result either way.
@Suite("Transactions")
struct TransactionTests {
    static func provinces(_ database: Database) async throws -> [String] {
        try await database.client.query("SELECT code FROM provinces ORDER BY code", logger: TestCluster.logger)
            .collect().map { try $0.decode(String.self) }
    }

    static func addProvince(_ code: String, in transaction: Transaction) async throws -> String {
        try await transaction.connection.query(
            """
            INSERT INTO provinces (code, name, kind, codename)
            VALUES (\(code), 'Tỉnh thử ' || \(code), 'tỉnh', 'thu_' || \(code))
            RETURNING current_setting('ttbd.actor')
            """, logger: transaction.logger
        ).collect().first!.decode(String.self)
    }

    @Test("a dry run returns what it would do and keeps nothing; a real run keeps it, under the pool's actor")
    func dryRunAndActor() async throws {
        try await TestDatabase.with { test in
            try await test.run { pool in
                let database = pool.acting(as: "account:sam")
                let dry = try await database.transaction(dryRun: true) { try await Self.addProvince("98", in: $0) }
                #expect(dry == "account:sam")
                #expect(try await Self.provinces(database).isEmpty)
                _ = try await database.transaction(dryRun: false) { try await Self.addProvince("98", in: $0) }
                #expect(try await Self.provinces(database) == ["98"])
            }
        }
    }

    @Test("a result the caller does not approve is rolled back whole and still returned")
    func committingWhen() async throws {
        try await TestDatabase.with { test in
            try await test.run { database in
                let kept = try await database.transaction(committingWhen: { $0.count == 2 }) { transaction in
                    [
                        try await Self.addProvince("97", in: transaction),
                        try await Self.addProvince("98", in: transaction),
                    ]
                }
                #expect(kept.count == 2)
                let refused = try await database.transaction(committingWhen: { $0.count == 2 }) { transaction in
                    [try await Self.addProvince("99", in: transaction)]
                }
                #expect(refused.count == 1)
                #expect(try await Self.provinces(database) == ["97", "98"])
            }
        }
    }

    @Test("an error inside comes out as itself and nothing is kept")
    func errorRollsBack() async throws {
        struct Refusal: Error, Equatable {}
        try await TestDatabase.with { test in
            try await test.run { database in
                await #expect(throws: Refusal()) {
                    try await database.transaction(dryRun: false) { transaction in
                        _ = try await Self.addProvince("96", in: transaction)
                        throw Refusal()
                    }
                }
                let kept = try await Self.provinces(database)
                #expect(kept.isEmpty)
            }
        }
    }
}
