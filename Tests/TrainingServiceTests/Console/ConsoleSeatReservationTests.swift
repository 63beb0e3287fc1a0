import Foundation
import Testing
import TrainingModel
import TrainingOperations

@Suite("Reserved seats in the console")
struct ConsoleSeatReservationTests {
    @Test("a class's page says what it reserves for whom, and until when, in the reader's language")
    func classPageShowsReservations() async throws {
        try await ConsoleWorld.with { world, browser in
            let day = CalendarDate(parsing: "2026-05-03")!
            _ = try await TrainingOperations(database: world.database).reserveSeats(
                classCode: "B-HN-01", for: .province("79"), seats: 1, until: day, today: day)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let page = try await browser.get("/classes/B-HN-01").text
            // The page is read today, after 3 May 2026: the seat held for Hồ Chí Minh is open to all again.
            #expect(
                page.contains(
                    "<dt>Chỗ dành riêng</dt><dd>tỉnh 79 (Thành phố Hồ Chí Minh): 1 chỗ, đã dùng 0, giữ đến hết ngày "
                        + "03/05/2026, nay đã mở cho mọi người</dd>"))
            let other = try await browser.get("/classes/B-HCM-01").text
            #expect(!other.contains("Chỗ dành riêng"))
        }
    }
}
