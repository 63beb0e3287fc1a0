import Foundation
import HummingbirdTesting
import TestSupport
import Testing
import TrainingService

/// Issue 19, what the golden time takes, in the console: the what-if of `ttbd plan induction` on a page.
@Suite("Console what-if of the induction")
struct ConsoleWhatIfTests {
    static let asked = "/induction/what-if?program=CT-B&term=2026-2031&from=2026-06-01&to=2026-06-30&size=40"

    @Test("staff see the plan as asked and each change with its effect; nothing is written")
    func answer() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let before = try await EnrollmentFixture.digest(world.database)
            let page = try await browser.get(Self.asked)
            #expect(page.status == .ok)
            let text = page.text
            // Nobody teaches a CT-B module: Lê Thị Cúc's class cannot be scheduled; Hồ Chí Minh City has no venue.
            #expect(text.contains("Đại biểu đã xếp lớp: 0 trên 2; chưa được xếp lớp: 2."), "\(text)")
            #expect(text.contains("tỉnh 79 chưa có địa điểm"))
            #expect(text.contains("<p>Thêm giảng viên: "))
            #expect(text.contains("xếp thêm được 1 trong số 2 đại biểu chưa được xếp lớp, còn lại 1"))
            #expect(text.contains("<th scope=\"row\">B01</th>"))
            #expect(text.contains("Số lần lập kế hoạch: "))
            #expect(try await EnrollmentFixture.digest(world.database) == before)
        }
    }

    @Test("the form alone, a bad size, an unknown program, and a lecturer finds nothing")
    func formAndRefusals() async throws {
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let form = try await browser.get("/induction/what-if?term=2026-2031").text
            #expect(form.contains("name=\"term\" value=\"2026-2031\""))
            #expect(!form.contains("what-if-plan") && !form.contains("role=\"alert\""))
            let badSize = try await browser.get(Self.asked.replacingOccurrences(of: "size=40", with: "size=0")).text
            #expect(badSize.contains("sĩ số là một số dương"))
            let unknown = try await browser.get(Self.asked.replacingOccurrences(of: "CT-B", with: "CT-X")).text
            #expect(unknown.contains("role=\"alert\">") && unknown.contains("CT-X"), "\(unknown)")
        }
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("lan", ConsoleWorld.password)
            #expect(try await browser.get(Self.asked).status == .notFound, "a record only staff read")
        }
    }
}
