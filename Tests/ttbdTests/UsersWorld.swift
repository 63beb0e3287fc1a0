import Foundation
import PostgresNIO
import TestSupport
import TrainingModel
import TrainingStore

/// The report world (``ReportFixture``: delegates 0101…0105, 7901…7904, QH01, QH02) and lecturer GV1, for the
/// account and token commands, driven through ``SessionsWorld``'s runner and digest.
enum UsersWorld {
    static func with(_ body: (SessionsWorld, ReportFixture) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            let fixture = try await database.run { pool in
                try await ReferenceData.load(into: pool)
                let fixture = try await ReportFixture.insert(into: pool)
                try await pool.client.query(
                    "INSERT INTO lecturers (code, full_name, name_sort_key) VALUES ('GV1', 'Trần Thị Hoa', 'Hoa Thị Trần')",
                    logger: TestCluster.logger)
                return fixture
            }
            try await body(SessionsWorld(database: database, environment: ["DATABASE_URL": database.url]), fixture)
        }
    }

    /// The account a token opens now, if any.
    static func account(
        presenting token: String, purpose: TokenPurpose, in world: SessionsWorld
    ) async throws -> Account? {
        try await world.database.run { try await $0.accounts.account(presenting: token, purpose: purpose, now: Date()) }
    }

    static let tables = ["accounts", "api_tokens", "audit_log"]
}
