import Testing

@testable import TrainingService

@Suite("The console's regional conferences")
struct ConsoleConferenceTests {
    @Test("staff see the conferences and one conference's programme and counts, in Vietnamese and in English")
    func conferencePages() async throws {
        try await ConsoleWorld.with { world, browser in
            try await ConferenceServiceFixture.open(in: world.database)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let list = try await browser.get("/conferences")
            #expect(list.status == .ok)
            #expect(list.text.contains(#"<a href="/conferences/C1">C1</a>"#))
            #expect(list.text.contains("<td>Thành phố Hồ Chí Minh</td>"))
            let page = try await browser.get("/conferences/C1")
            #expect(page.text.contains("Cơ quan: 2 được mời, 2 đã đăng ký, 1 có mặt."))
            #expect(
                page.text.contains(
                    #"<td>79</td><td>HĐND thành phố Hồ Chí Minh</td><td class="number">2</td><td class="number">1</td><td class="number">1</td>"#
                ))
            _ = try await browser.get("/language?to=en&back=/conferences/C1")
            #expect(
                try await browser.get("/conferences/C1").text.contains("Bodies: 2 invited, 2 registered, 1 present."))
            #expect(try await browser.get("/conferences/NONE").status == .notFound)
        }
    }
}
