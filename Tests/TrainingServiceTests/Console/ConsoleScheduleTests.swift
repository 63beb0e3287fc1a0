import Foundation
import HummingbirdTesting
import TestSupport
import Testing
import TrainingService

/// Issue 16, Lịch: the weekly grid of a class, a lecturer, a room or a venue, and who may read which.
@Suite("Console timetable")
struct ConsoleScheduleTests {
    @Test("a class's timetable is its weeks as grids: days as columns, sáng and chiều as rows, cancelled marked")
    func classGrid() async throws {
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let page = try await browser.get("/schedule?class=B-HN-01")
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("Thời khóa biểu – Lớp B-HN-01"))
            #expect(text.contains("Tuần 19: 04/05/2026 – 10/05/2026"), "\(text)")
            #expect(text.contains("<th scope=\"col\">Thứ 2 04/05</th>"))
            // Monday morning holds S1 (B01), Wednesday afternoon the cancelled S6.
            let rows = text.matches(of: /<tr><th scope="row">(Sáng|Chiều)<\/th>(.*?)<\/tr>/).map {
                (String($0.1), String($0.2))
            }
            #expect(rows.count == 2)
            let morning = rows.first { $0.0 == "Sáng" }?.1.components(separatedBy: "<td>") ?? []
            #expect(morning.count == 8 && morning[1].contains("<b>B01</b>") && morning[3].contains("<b>B02</b>"))
            let afternoon = rows.first { $0.0 == "Chiều" }?.1.components(separatedBy: "<td>") ?? []
            #expect(afternoon.count == 8 && afternoon[3].contains("slot cancelled") && afternoon[3].contains("(hủy)"))
            #expect(text.contains("Tổng số: 6 buổi."))
            #expect(try await browser.get("/classes/B-HN-01").text.contains("href=\"/schedule?class=B-HN-01\""))
        }
    }

    @Test("a lecturer opens their own timetable from this week; another's, a room's and a class not theirs are 404")
    func lecturerSeesTheirOwn() async throws {
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("lan", ConsoleWorld.password)
            let own = try await browser.get("/schedule")
            #expect(own.status == .ok && own.text.contains("Thời khóa biểu – Giảng viên L01"))
            #expect(own.text.contains("value=\"27/04/2026\""), "opens at the Monday of this week")
            #expect(own.text.contains("Tổng số: 1 buổi."), "\(own.text)")
            for uri in ["/schedule?lecturer=L02", "/schedule?room=HN", "/schedule?class=B-HCM-01"] {
                #expect(try await browser.get(uri).status == .notFound, "\(uri)")
            }
        }
    }

    @Test("staff read a venue's timetable; two subjects at once or a day that is no day answer 400")
    func venueAndBadQueries() async throws {
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let venue = try await browser.get("/schedule?venue=HN&from=01/05/2026&to=31/05/2026")
            #expect(venue.status == .ok && venue.text.contains("Tổng số: 6 buổi."), "\(venue.text)")
            #expect(
                try await browser.get("/schedule?venue=HN&from=05/05/2026&to=05/05/2026").text.contains(
                    "Tổng số: 2 buổi."))
            #expect(try await browser.get("/schedule?class=B-HN-01&lecturer=L01").status == .badRequest)
            #expect(try await browser.get("/schedule?class=B-HN-01&from=31/02/2026").status == .badRequest)
            #expect(try await browser.get("/schedule").text.contains("Chọn một lớp"))
        }
    }
}
