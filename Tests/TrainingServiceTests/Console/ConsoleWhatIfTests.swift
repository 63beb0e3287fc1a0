import Foundation
import HummingbirdTesting
import TestSupport
import Testing
import TrainingOperations
import TrainingService

/// Issue 19, what the golden time takes, in the console: the what-if of `ttbd plan induction` asked for on a form,
/// planned by the service's job tick, and read on the run's page.
@Suite("Console what-if of the induction")
struct ConsoleWhatIfTests {
    static let fields = [
        ("program", "CT-B"), ("term", "2026-2031"), ("from", "2026-06-01"), ("to", "2026-06-30"), ("size", "40"),
    ]

    /// The job tick of a `ttbd serve` on the world's database, at the service's time.
    static func tick(_ world: ServiceWorld) async throws -> Bool {
        try await TrainingOperations(database: world.database).runNextInductionWhatIf { ServiceWorld.now } != nil
    }

    @Test("staff ask on the form; the run's page waits, reloading itself, then shows each change; nothing is written")
    func answer() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let before = try await EnrollmentFixture.digest(world.database)
            _ = try await browser.get("/induction/what-if")
            let posted = try await browser.post("/induction/what-if", Self.fields)
            #expect(posted.status == .seeOther)
            let location = try #require(posted.headers[.location])
            #expect(location.hasPrefix("/induction/what-if/"))
            let waiting = try await browser.get(location).text
            #expect(waiting.contains(#"<meta http-equiv="refresh" content="5">"#), "\(waiting)")
            #expect(waiting.contains("Đang chờ") && !waiting.contains("what-if-plan"))
            #expect(try await Self.tick(world))
            #expect(try await !Self.tick(world), "a run is planned once")
            let page = try await browser.get(location)
            #expect(page.status == .ok)
            let text = page.text
            #expect(!text.contains("http-equiv=\"refresh\""))
            // Nobody teaches a CT-B module: Lê Thị Cúc's class cannot be scheduled; Hồ Chí Minh City has no venue.
            #expect(text.contains("Đại biểu đã xếp lớp: 0 trên 2; chưa được xếp lớp: 2."), "\(text)")
            #expect(text.contains("tỉnh 79 chưa có địa điểm"))
            #expect(text.contains("<p>Thêm giảng viên: "))
            #expect(text.contains("xếp thêm được 1 trong số 2 đại biểu chưa được xếp lớp, còn lại 1"))
            #expect(text.contains("<th scope=\"row\">B01</th>"))
            #expect(text.contains("Số lần lập kế hoạch: "))
            #expect(try await EnrollmentFixture.digest(world.database) == before)
            let list = try await browser.get("/induction/what-if").text
            #expect(list.contains("href=\"\(location)\"") && list.contains("Đã xong"), "\(list)")
            // In English, neither the form, the list nor the answer keeps a Vietnamese word but the data's.
            browser.setCookie("ttbd_lang", "en")
            let data = try await ConsoleLanguageTests.dataWords(world)
            for uri in ["/induction/what-if", location] {
                let english = try await browser.get(uri).text
                #expect(english.contains(#"<html lang="en">"#), "\(uri)")
                let vietnamese = ConsoleLanguageTests.vietnameseWords(in: english).subtracting(data)
                #expect(vietnamese.isEmpty, "\(uri): \(vietnamese.sorted())")
            }
        }
    }

    @Test("a bad size or an unknown program is refused on the form and queues nothing; a lecturer finds nothing")
    func refusals() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            _ = try await browser.get("/induction/what-if")
            let badSize = try await browser.post(
                "/induction/what-if", Self.fields.map { $0.0 == "size" ? ("size", "0") : $0 })
            #expect(badSize.status == .unprocessableContent)
            #expect(badSize.text.contains("role=\"alert\">") && badSize.text.contains("classSize"), "\(badSize.text)")
            let unknown = try await browser.post(
                "/induction/what-if", Self.fields.map { $0.0 == "program" ? ("program", "CT-X") : $0 })
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("role=\"alert\">") && unknown.text.contains("CT-X"), "\(unknown.text)")
            let forged = try await browser.post("/induction/what-if", Self.fields, token: .none)
            #expect(forged.status.code >= 400)
            #expect(try await !Self.tick(world), "nothing was queued")
        }
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("lan", ConsoleWorld.password)
            #expect(try await browser.get("/induction/what-if").status == .notFound, "a record only staff read")
            #expect(try await browser.get("/induction/what-if/1").status == .notFound)
        }
    }
}
