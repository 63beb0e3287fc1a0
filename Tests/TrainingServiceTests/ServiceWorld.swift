import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingService
import TrainingStore

/// A database with ``ReportFixture``'s classes, one account of each role with an API token, and a service
/// over it, for tests that go over real HTTP on loopback (`.live`) or straight into the router in-process
/// (`.router`, for what does not depend on the wire).
///
/// - admin `ada`, staff `sam`; lecturer `lan` (lecturer L01, who teaches B-HN-01's first session); lecturer
///   `binh` (L02, who teaches nothing); delegate `an` (0101, completed B-HN-01) with a calendar feed token;
///   delegate `em` (7901, B-HCM-01); `rev` (0102) whose token was revoked and `old` (0104) whose token expired.
struct ServiceWorld: Sendable {
    let database: Database
    let fixture: ReportFixture
    /// API tokens by username.
    let tokens: [String: String]
    let feedToken: String
    /// The service's clock: 2026-05-03 12:00 UTC, the day before B-HN-01 starts.
    static let now = Date(timeIntervalSince1970: 1_777_809_600)

    /// Builds the world in a fresh database and runs `body` with a live service over it.
    static func with(
        configuration: ServiceConfiguration = ServiceConfiguration(jobsInterval: nil),
        clock: ManualClock = ManualClock(now),
        logger: Logger = quiet,
        transport: TestingSetup = .live,
        _ body: @Sendable (ServiceWorld, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await TestDatabase.with { testDatabase in
            try await testDatabase.run { database in
                let world = try await make(database)
                let api = TrainingAPI(
                    database: database, configuration: configuration, logger: logger, now: { clock.now })
                try await api.application().test(transport) { client in try await body(world, client) }
            }
        }
    }

    static func make(_ database: Database) async throws -> ServiceWorld {
        try await ReferenceData.load(into: database)
        let fixture = try await ReportFixture.insert(into: database)
        let lecturer = try await database.client.query(
            """
            INSERT INTO lecturers (code, full_name, name_sort_key)
            VALUES ('L01', 'Trần Thị Lan', 'lan'), ('L02', 'Phạm Văn Bình', 'binh') RETURNING id
            """, logger: TestCluster.logger
        ).collect().first!.decode(Int.self)
        try await database.client.query(
            """
            INSERT INTO session_lecturers (session_id, lecturer_id, during, active)
            SELECT id, \(lecturer), during, true FROM sessions WHERE id = \(fixture.sessions[0])
            """, logger: TestCluster.logger)
        let people: [(String, String, AccountRole, String?, String?)] = [
            ("ada", "Ada Admin", .admin, nil, nil), ("sam", "Sam Staff", .staff, nil, nil),
            ("lan", "Trần Thị Lan", .lecturer, nil, "L01"), ("an", "Nguyễn Văn An", .delegate, "0101", nil),
            ("em", "Đặng Văn Em", .delegate, "7901", nil), ("binh", "Phạm Văn Bình", .lecturer, nil, "L02"),
            ("rev", "Trần Văn Anh", .delegate, "0102", nil), ("old", "Phạm Thị Ánh", .delegate, "0104", nil),
        ]
        var generator = SystemRandomNumberGenerator()
        var tokens: [String: String] = [:]
        for (username, name, role, delegate, lecturer) in people {
            _ = try await database.accounts.addAccount(
                username: username, displayName: name, role: role, delegateCode: delegate, lecturerCode: lecturer)
            tokens[username] = try await database.accounts.issueToken(
                username: username, purpose: .api, expiresAt: nil, using: &generator)
        }
        // Expired by the service's clock, which the store refuses to issue: written as time would leave it.
        try await database.client.query(
            """
            UPDATE api_tokens
            SET created_at = \(now.addingTimeInterval(-172_800)), expires_at = \(now.addingTimeInterval(-86_400))
            WHERE account_id = (SELECT id FROM accounts WHERE username = 'old')
            """, logger: TestCluster.logger)
        _ = try await database.transaction(dryRun: false) {
            try await database.accounts.revokeTokens(username: "rev", purpose: nil, in: $0)
        }
        let feed = try await database.accounts.issueToken(
            username: "an", purpose: .calendarFeed, expiresAt: nil, using: &generator)
        return ServiceWorld(database: database, fixture: fixture, tokens: tokens, feedToken: feed)
    }

    static let quiet: Logger = {
        var logger = Logger(label: "ttbd.serve.tests")
        logger.logLevel = .critical
        return logger
    }()

    /// The `Authorization` header of `username`'s token, and `Accept-Language: en`: the tests that read problems
    /// were written in English (the Vietnamese ones ask for it, or leave the header out).
    func headers(_ username: String?) -> HTTPFields {
        guard let username else { return [:] }
        return [.authorization: "Bearer \(tokens[username]!)", .acceptLanguage: "en"]
    }
}

extension TestResponse {
    /// The body as JSON.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer: body))
    }

    /// The `items` of a page.
    func items() throws -> [[String: Any]] {
        try #require((try json() as? [String: Any])?["items"] as? [[String: Any]])
    }

    var text: String { String(buffer: body) }
}
