import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing

@testable import TrainingService

/// The console in Vietnamese and English: the person chooses with the top bar's link, Vietnamese by default.
@Suite("Console languages")
struct ConsoleLanguageTests {
    @Test("in English every console page has no Vietnamese word but the data's, and Vietnamese comes back")
    func englishPages() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            #expect(
                try await browser.get("/").text.contains(
                    #"href="/language?to=en&amp;back=/" lang="en" hreflang="en">English</a>"#))
            let chosen = try await browser.get("/language?to=en&back=/")
            #expect(chosen.status == .seeOther && chosen.headers[.location] == "/")
            let cookie = try #require(ConsoleVisitor.setCookie("ttbd_lang", in: chosen))
            #expect(cookie.hasPrefix("ttbd_lang=en;"), "\(cookie)")
            for attribute in ["Path=/", "HttpOnly", "SameSite=Lax"] {
                #expect(cookie.contains(attribute), "\(cookie)")
            }
            #expect(!cookie.contains("Secure"), "plain HTTP: \(cookie)")

            let data = try await Self.dataWords(world)
            let uris =
                ConsolePageTests.pages + ["/sessions/\(world.fixture.sessions[4])/attendance", "/classes/NOPE"]
            for (uri, page) in try await ConsolePageTests.visit(uris, browser) {
                #expect(page.status == (uri == "/classes/NOPE" ? .notFound : .ok), "\(uri)")
                #expect(page.text.contains(#"<html lang="en">"#), "\(uri)")
                #expect(page.text.contains(">Tiếng Việt</a>"), "\(uri)")
                let vietnamese = Self.vietnameseWords(in: page.text).subtracting(data)
                #expect(vietnamese.isEmpty, "\(uri): \(vietnamese.sorted())")
            }
            let overview = try await browser.get("/").text
            #expect(overview.contains(">Sign out</button>") && overview.contains(">Overview</a>"))
            #expect(overview.contains("Golden time · term <span class=\"nowrap\">2026-2031</span>"))
            #expect(overview.contains("training deadline 30/09/2026"), "dates stay dd/mm/yyyy")

            let back = try await browser.get("/language?to=vi&back=/classes%3Fstatus%3Drunning")
            #expect(back.headers[.location] == "/classes?status=running")
            let classes = try await browser.get("/classes").text
            #expect(classes.contains(#"<html lang="vi">"#) && classes.contains(">Đăng xuất</button>"))
            #expect(classes.contains(#"href="/language?to=en&amp;back=/classes" lang="en" hreflang="en">English</a>"#))
        }
    }

    @Test("the language link goes back only to a page of this site")
    func backStaysLocal() async throws {
        try await ConsoleWorld.with { _, browser in
            for back in ["//evil.example", "https://evil.example", "/\\evil.example", "evil.example", ""] {
                let answer = try await browser.get("/language?to=en&back=" + ConsoleVisitor.encoded(back))
                #expect(answer.status == .seeOther && answer.headers[.location] == "/", "\(back)")
            }
        }
    }

    @Test("the sign-in page and its errors follow the choice; the certificate check stays Vietnamese")
    func signInAndOfficialPages() async throws {
        try await ConsoleWorld.with { _, browser in
            let vietnamese = try await browser.get("/sign-in").text
            #expect(vietnamese.contains(#"<html lang="vi">"#) && vietnamese.contains(">English</a>"))
            _ = try await browser.get("/language?to=en&back=/sign-in")
            let english = try await browser.get("/sign-in").text
            #expect(english.contains(#"<html lang="en">"#) && english.contains(">Sign in</button>"))
            #expect(Self.vietnameseWords(in: english) == ["Tiếng", "Việt"])
            let wrong = try await browser.post(
                "/sign-in", [("username", "sam"), ("password", "not the password"), ("next", "/")])
            #expect(wrong.text.contains("Wrong username or password."))
            let certificate = try await browser.get("/certificates/GCN-2026-999999")
            #expect(certificate.status == .notFound && certificate.text.contains(#"<html lang="vi">"#))
            #expect(certificate.text.contains("Không có giấy chứng nhận nào") && !certificate.text.contains("English"))
        }
    }

    @Test("every text the templates give to t has its English, and every English its text")
    func catalogMatchesTemplates() throws {
        var texts: Set<String> = []
        for file in EmbeddedDocuments.files where file.name.hasSuffix(".mustache") {
            let template = String(decoding: file.contents, as: UTF8.self)
            let found = template.matches(of: /\{\{#t\}\}(.*?)\{\{\/t\}\}/).map { String($0.1) }
            #expect(
                found.count == template.matches(of: /\{\{#t\}\}/).count, "\(file.name): a {{#t}} spans lines")
            for text in found {
                texts.insert(text)
                #expect(ConsoleCatalog.english[text] != nil, "\(file.name): no English for \(text)")
            }
        }
        let stale = Set(ConsoleCatalog.english.keys).subtracting(texts)
        #expect(stale.isEmpty, "English for no template text: \(stale.sorted())")
        for (text, english) in ConsoleCatalog.english {
            #expect(Self.vietnameseWords(in: english).isEmpty, "\(text): \(english)")
            let names = { (text: String) in Set(text.matches(of: /\{\{[^}]*\}\}/).map { String($0.0) }) }
            #expect(names(text) == names(english), "\(text): \(english) fills in other names")
        }
    }

    /// The words of `html` (its text and attributes) with a letter outside ASCII: Vietnamese, in this console.
    static func vietnameseWords(in html: String) -> Set<String> {
        Set(html.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.contains { !$0.isASCII } })
    }

    /// Every such word of the fixture's data (names, titles, places, …): the database's every table as text.
    static func dataWords(_ world: ServiceWorld) async throws -> Set<String> {
        let client = world.database.client
        let tables = try await client.query(
            """
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            """, logger: TestCluster.logger
        ).collect().map { try $0.decode(String.self) }
        var words: Set<String> = []
        for table in tables {
            let text =
                try await client.query(
                    PostgresQuery(unsafeSQL: "SELECT coalesce(string_agg(t::text, ' '), '') FROM \(table) t"),
                    logger: TestCluster.logger
                ).collect().first?.decode(String.self) ?? ""
            words.formUnion(vietnameseWords(in: text))
        }
        return words
    }
}
