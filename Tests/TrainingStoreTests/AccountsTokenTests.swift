import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations

@testable import TrainingStore

@Suite("Accounts and their tokens")
struct AccountsTokenTests {
    static let now = AccountsFixture.vietnam("2026-05-05 12:00")

    @Test("an api token opens its account, and a wrong, malformed or other-purpose token opens nothing")
    func roundTrip() async throws {
        try await AccountsFixture.with { pool, _ in
            let staff = try await pool.accounts.addAccount(
                username: "lan.staff", displayName: "Nguyễn Thị Lan", role: .staff, delegateCode: nil,
                lecturerCode: nil)
            var generator = SeededGenerator(state: 1)
            let token = try await pool.accounts.issueToken(
                username: "lan.staff", purpose: .api, expiresAt: nil, using: &generator)
            #expect(token.hasPrefix("ttbd_") && token.count == 5 + 43)
            #expect(try await pool.accounts.account(presenting: token, purpose: .api, now: Self.now) == staff)
            #expect(try await pool.accounts.account(presenting: token, purpose: .calendarFeed, now: Self.now) == nil)
            let wrong = String(token.dropLast()) + (token.last == "A" ? "B" : "A")
            for guess in [wrong, "ttbd_", "Bearer " + token, String(token.dropLast()), ""] {
                #expect(try await pool.accounts.account(presenting: guess, purpose: .api, now: Self.now) == nil)
            }
        }
    }

    @Test("the database keeps the token's SHA-256 only: neither the token table nor the audit trail holds it")
    func storedAsHash() async throws {
        try await AccountsFixture.with { pool, _ in
            _ = try await pool.accounts.addAccount(
                username: "admin", displayName: "Quản trị", role: .admin, delegateCode: nil, lecturerCode: nil)
            var generator = SeededGenerator(state: 2)
            let token = try await pool.accounts.issueToken(
                username: "admin", purpose: .api, expiresAt: nil, using: &generator)
            let hashed = try await AccountsFixture.count(
                "SELECT count(*)::int FROM api_tokens WHERE token_hash = sha256(convert_to(\(token), 'UTF8'))",
                in: pool)
            #expect(hashed == 1)
            let leaks = try await AccountsFixture.count(
                """
                SELECT (SELECT count(*) FROM api_tokens t WHERE to_jsonb(t)::text LIKE '%' || \(token) || '%')
                     + (SELECT count(*) FROM audit_log a WHERE a.after::text LIKE '%' || \(token) || '%')
                """, in: pool)
            #expect(leaks == 0)
        }
    }

    @Test("the same seed gives the same token; another seed another, in the URL-safe alphabet")
    func seeded() async throws {
        var first = SeededGenerator(state: 42)
        var again = SeededGenerator(state: 42)
        var other = SeededGenerator(state: 43)
        let token = SecretToken.generate(.calendarFeed, using: &first)
        #expect(token == SecretToken.generate(.calendarFeed, using: &again))
        #expect(token != SecretToken.generate(.calendarFeed, using: &other))
        #expect(token.hasPrefix("ttbdcal_") && token.count == 8 + 43)
        #expect(token.dropFirst(8).allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        try await AccountsFixture.with { pool, _ in
            _ = try await pool.accounts.addAccount(
                username: "admin", displayName: "Quản trị", role: .admin, delegateCode: nil, lecturerCode: nil)
            var seeded = SeededGenerator(state: 7)
            var expected = SeededGenerator(state: 7)
            let issued = try await pool.accounts.issueToken(
                username: "admin", purpose: .api, expiresAt: nil, using: &seeded)
            #expect(issued == SecretToken.generate(.api, using: &expected))
        }
    }

    @Test("a token stops opening its account when it expires, is revoked, or its account is disabled")
    func expiredRevokedDisabled() async throws {
        try await AccountsFixture.with { pool, fixture in
            _ = try await pool.accounts.addAccount(
                username: "0102", displayName: "Trần Văn Anh", role: .delegate, delegateCode: "0102", lecturerCode: nil)
            var generator = SeededGenerator(state: 3)
            let expiry = AccountsFixture.vietnam("2027-01-01 00:00")
            let expiring = try await pool.accounts.issueToken(
                username: "0102", purpose: .api, expiresAt: expiry, using: &generator)
            let opened = try await pool.accounts.account(presenting: expiring, purpose: .api, now: Self.now)
            #expect(opened?.delegateID == fixture.delegates["0102"] && opened?.delegateCode == "0102")
            #expect(opened?.role == .delegate)
            #expect(try await pool.accounts.account(presenting: expiring, purpose: .api, now: expiry) == nil)

            let feed = try await pool.accounts.issueToken(
                username: "0102", purpose: .calendarFeed, expiresAt: nil, using: &generator)
            #expect(try await TrainingOperations(database: pool).revokeTokens(username: "0102", purpose: .api) == 1)
            #expect(try await pool.accounts.account(presenting: expiring, purpose: .api, now: Self.now) == nil)
            #expect(try await pool.accounts.account(presenting: feed, purpose: .calendarFeed, now: Self.now) != nil)
            #expect(try await TrainingOperations(database: pool).revokeTokens(username: "0102", purpose: .api) == 0)

            try await pool.client.query(
                "UPDATE accounts SET disabled_at = now() WHERE username = '0102'", logger: TestCluster.logger)
            #expect(try await pool.accounts.account(presenting: feed, purpose: .calendarFeed, now: Self.now) == nil)
        }
    }

    @Test("accounts that break a rule are refused with what to do, and nothing is written")
    func refusals() async throws {
        try await AccountsFixture.with { pool, _ in
            _ = try await pool.accounts.addAccount(
                username: "0102", displayName: "Trần Văn Anh", role: .delegate, delegateCode: "0102", lecturerCode: nil)
            let before = try await pool.accounts.accounts()
            let cases: [(String, AccountRole, String?, StoreError.Code, String)] = [
                ("Lan", .staff, nil, .refused, "cannot be a username"),
                ("lan", .delegate, nil, .refused, "a delegate's account names its delegate and no lecturer"),
                ("lan", .staff, "0101", .refused, "names no delegate or lecturer"),
                ("lan", .delegate, "9999", .notFound, "no delegate has the code 9999"),
                ("0102", .staff, nil, .refused, "the username 0102 is taken"),
                ("anh2", .delegate, "0102", .refused, "delegate 0102 already has an account"),
            ]
            for (username, role, delegate, code, words) in cases {
                let error = await #expect(throws: StoreError.self) {
                    try await pool.accounts.addAccount(
                        username: username, displayName: "Ai đó", role: role, delegateCode: delegate, lecturerCode: nil)
                }
                #expect(error?.code == code && error?.message.contains(words) == true, "\(username): \(error!)")
            }
            var generator = SeededGenerator(state: 4)
            let past = await #expect(throws: StoreError.self) {
                try await pool.accounts.issueToken(
                    username: "0102", purpose: .api, expiresAt: AccountsFixture.vietnam("2020-01-01 00:00"),
                    using: &generator)
            }
            #expect(past?.message.contains("already past") == true)
            let unknown = await #expect(throws: StoreError.self) {
                try await pool.accounts.issueToken(username: "nobody", purpose: .api, expiresAt: nil, using: &generator)
            }
            #expect(unknown?.code == .notFound)
            #expect(try await pool.accounts.accounts() == before)
            #expect(try await AccountsFixture.count("SELECT count(*)::int FROM api_tokens", in: pool) == 0)
        }
    }
}
