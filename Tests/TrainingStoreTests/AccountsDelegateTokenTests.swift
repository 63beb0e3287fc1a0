import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

@Suite("Tokens for every delegate a --where picks")
struct AccountsDelegateTokenTests {
    static let now = AccountsFixture.vietnam("2026-05-05 12:00")

    @Test("each matching delegate gets an account (made when missing) and an api and a feed token that open it")
    func issuedToMatching() async throws {
        try await AccountsFixture.with { pool, fixture in
            _ = try await pool.accounts.addAccount(
                username: "giang.vo", displayName: "Võ Thị Giang", role: .delegate, delegateCode: "7902",
                lecturerCode: nil)
            var generator = SeededGenerator(state: 5)
            let issued = try await pool.accounts.issueDelegateTokens(
                where: try DelegateCriteria(parsing: "province=79,first-time"), expiresAt: nil, using: &generator)
            #expect(issued.map(\.delegateCode) == ["7901", "7902", "QH01"])
            #expect(issued.map(\.fullName) == ["Đặng Văn Em", "Võ Thị Giang", "Hoàng Văn Hải"])
            #expect(issued.map(\.username) == ["7901", "giang.vo", "qh01"])
            for token in issued {
                let api = try #require(
                    try await pool.accounts.account(presenting: token.apiToken, purpose: .api, now: Self.now))
                #expect(api.role == .delegate && api.delegateCode == token.delegateCode)
                #expect(api.delegateID == fixture.delegates[token.delegateCode] && api.username == token.username)
                let feed = try await pool.accounts.account(
                    presenting: token.feedToken, purpose: .calendarFeed, now: Self.now)
                #expect(feed == api)
                #expect(
                    token.feedPath == "/v1/calendar/\(token.feedToken).ics" && token.feedToken.hasPrefix("ttbdcal_"))
            }
            #expect(try await pool.accounts.accounts().map(\.username) == ["7901", "giang.vo", "qh01"])
            #expect(try await AccountsFixture.count("SELECT count(*)::int FROM api_tokens", in: pool) == 6)
        }
    }

    @Test("a delegate's username taken by another account refuses the whole batch, writing nothing")
    func takenUsername() async throws {
        try await AccountsFixture.with { pool, _ in
            _ = try await pool.accounts.addAccount(
                username: "qh01", displayName: "Một người khác", role: .staff, delegateCode: nil, lecturerCode: nil)
            var generator = SeededGenerator(state: 6)
            let error = await #expect(throws: StoreError.self) {
                try await pool.accounts.issueDelegateTokens(
                    where: try DelegateCriteria(parsing: "province=79"), expiresAt: nil, using: &generator)
            }
            #expect(error?.code == .refused && error?.message.contains("qh01 (QH01)") == true)
            #expect(try await pool.accounts.accounts().map(\.username) == ["qh01"])
            #expect(try await AccountsFixture.count("SELECT count(*)::int FROM api_tokens", in: pool) == 0)
        }
    }

    @Test("criteria nobody matches issue nothing")
    func noneMatch() async throws {
        try await AccountsFixture.with { pool, _ in
            var generator = SeededGenerator(state: 8)
            let issued = try await pool.accounts.issueDelegateTokens(
                where: try DelegateCriteria(parsing: "province=48"), expiresAt: nil, using: &generator)
            #expect(issued.isEmpty)
            #expect(try await pool.accounts.accounts().isEmpty)
        }
    }
}
