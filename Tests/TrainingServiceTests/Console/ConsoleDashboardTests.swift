import Foundation
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing
import TrainingService

/// Issue 16, Tổng quan: the sessions of today and what needs staff's attention.
@Suite("Console dashboard day")
struct ConsoleDashboardTests {
    /// Monday 04/05/2026, 09:00 in Vietnam: B-HN-01 meets in the morning (S1, lan's) and the afternoon (S2).
    static let monday = Date(timeIntervalSince1970: 1_777_860_000)

    @Test(
        "staff see today's sessions, and classes overdue, sessions without a lecturer, failed notices read each minute")
    func staffDay() async throws {
        let clock = ManualClock(Self.monday)
        try await ConsoleWorld.with(clock: clock) { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let quiet = try await browser.get("/").text
            let today = try Self.section("today", of: quiet)
            #expect(today.matches(of: /href="\/sessions\/\d+\/attendance"/).count == 2, "\(today)")
            #expect(today.contains("07:30–11:30") && today.contains("13:30–17:00"))
            let attention = try Self.section("attention", of: quiet)
            #expect(attention.contains("(số liệu lúc 09:00)"), "\(attention)")
            #expect(attention.contains("1 buổi trong 14 ngày tới chưa có giảng viên"), "\(attention)")
            #expect(attention.contains("06/05/2026 07:30–11:30"))
            #expect(!attention.contains("lớp đã qua ngày kết thúc") && !attention.contains("thông báo"))

            try await world.database.client.query(
                """
                UPDATE classes SET starts_on = '2026-03-01', ends_on = '2026-04-30', status = 'running'
                WHERE code = 'A-HN-01'
                """, logger: TestCluster.logger)
            try await world.database.client.query(
                """
                INSERT INTO outbox (kind, delegate_id, session_id, session_revision, payload, failed_at, last_error)
                SELECT 'session_reminder', \(world.fixture.delegates["0101"]!), \(world.fixture.sessions[4]), 0,
                       '{}', now(), 'mailbox unavailable'
                """, logger: TestCluster.logger)
            clock.advance(by: 30)
            let kept = try Self.section("attention", of: try await browser.get("/").text)
            #expect(!kept.contains("A-HN-01") && kept.contains("(số liệu lúc 09:00)"), "kept for a minute")
            clock.advance(by: 31)
            let busy = try Self.section("attention", of: try await browser.get("/").text)
            #expect(busy.contains("(số liệu lúc 09:01)"))
            #expect(busy.contains("1 lớp đã qua ngày kết thúc mà chưa đóng"), "\(busy)")
            #expect(busy.contains("<a href=\"/classes/A-HN-01\">A-HN-01</a>: kết thúc 30/04/2026, vẫn đang học"))
            #expect(busy.contains("1 thông báo không gửi được"))
        }
    }

    @Test("a lecturer sees only the sessions they teach today, and no attention list")
    func lecturerDay() async throws {
        try await ConsoleWorld.with(clock: ManualClock(Self.monday)) { _, browser in
            _ = try await browser.signIn("lan", ConsoleWorld.password)
            let page = try await browser.get("/").text
            let today = try Self.section("today", of: page)
            #expect(today.matches(of: /href="\/sessions\/\d+\/attendance"/).count == 1, "\(today)")
            #expect(today.contains("07:30–11:30") && !today.contains("13:30–17:00"))
            #expect(!page.contains("id=\"attention\""))
        }
    }

    /// The `<section>` whose heading has the id `id`.
    static func section(_ id: String, of page: String) throws -> String {
        let start = try #require(page.range(of: "<section aria-labelledby=\"\(id)\">"), "no section \(id)")
        let end = try #require(page.range(of: "</section>", range: start.upperBound..<page.endIndex))
        return String(page[start.upperBound..<end.lowerBound])
    }
}
