import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing
import TrainingService

/// Issue 16: the console's pages, what each role sees, the forms' tokens and the headers on every page.
@Suite("Console pages")
struct ConsolePageTests {
    static let pages = [
        "/", "/classes", "/classes/B-HN-01", "/delegates?q=nguyen", "/delegates/0101", "/audit", "/reports",
        "/schedule?class=B-HN-01",
    ]

    @Test("every page answers in Vietnamese with the Content-Security-Policy, no-store and no inline script")
    func headersOnEveryPage() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let signInPage = try await ConsoleVisitor(browser.client).get("/sign-in")
            for (uri, page) in [("/sign-in", signInPage)]
                + (try await Self.visit(
                    Self.pages + [
                        "/sessions/\(world.fixture.sessions[4])/attendance", "/classes/NOPE",
                    ], browser))
            {
                #expect(page.status == (uri == "/classes/NOPE" ? .notFound : .ok), "\(uri)")
                let policy = try #require(page.headers[.contentSecurityPolicy], "\(uri)")
                #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), "\(uri)")
                #expect(page.headers[.cacheControl] == "no-store", "\(uri)")
                #expect(page.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                #expect(page.text.contains(#"<html lang="vi">"#), "\(uri)")
                #expect(
                    page.text.firstMatch(of: /<script>|<script [^>]*>[^<]+<\/script>|style="|onclick=/) == nil, "\(uri)"
                )
            }
        }
    }

    @Test("the dashboard draws the golden-time tracker of the term under way, with its numbers in a table")
    func dashboard() async throws {
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let page = try await browser.get("/").text
            #expect(page.contains("Thời gian vàng · nhiệm kỳ <span class=\"nowrap\">2026-2031</span>"))
            #expect(page.contains("hạn bồi dưỡng 30/09/2026"))
            #expect(page.contains(#"<svg role="img""#))
            #expect(page.contains("<th scope=\"row\">Thành phố Hà Nội</th>") || page.contains("Hà Nội</th>"))
            #expect(page.firstMatch(of: /<rect [^>]*class="trained"/) != nil)
        }
    }

    @Test("the dashboard lists the first 20 running classes and links to the rest")
    func runningClasses() async throws {
        try await ConsoleWorld.with { world, browser in
            try await world.database.client.query(
                """
                INSERT INTO classes (code, curriculum_code, venue_id, online, capacity, starts_on, ends_on, status)
                SELECT 'R-' || lpad(n::text, 2, '0'), curriculum_code, venue_id, online, capacity, starts_on, ends_on,
                       'running'
                FROM classes, generate_series(1, 22) AS n WHERE code = 'B-HN-01'
                """, logger: TestCluster.logger)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let page = try await browser.get("/").text
            let listed = page.matches(of: /href="\/classes\/R-\d\d"/).count
            let running = try await world.database.client.query(
                "SELECT count(*)::int FROM classes WHERE status = 'running'", logger: TestCluster.logger
            ).collect().first!.decode(Int.self)
            #expect(listed == 20)
            #expect(page.contains("Xem tất cả: và \(running - 20) lớp nữa"))
        }
    }

    @Test("the class list shows 50 classes a page, with links before and after that keep the filters")
    func classListPages() async throws {
        try await ConsoleWorld.with { world, browser in
            try await world.database.client.query(
                """
                INSERT INTO classes (code, curriculum_code, venue_id, online, capacity, starts_on, ends_on, status)
                SELECT 'R-' || lpad(n::text, 2, '0'), curriculum_code, venue_id, online, capacity, starts_on, ends_on,
                       'running'
                FROM classes, generate_series(1, 60) AS n WHERE code = 'B-HN-01'
                """, logger: TestCluster.logger)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let first = try await browser.get("/classes?status=running").text
            #expect(first.matches(of: /<a href="\/classes\/R-\d\d">/).count == 50)
            #expect(first.contains("1–50 trong 60 · trang 1/2"), "\(first)")
            #expect(first.contains("href=\"/classes?status=running&amp;page=2\" rel=\"next\""))
            #expect(!first.contains("rel=\"prev\""))
            let second = try await browser.get("/classes?status=running&page=2").text
            #expect(second.matches(of: /<a href="\/classes\/R-\d\d">/).count == 10)
            #expect(second.contains("51–60 trong 60 · trang 2/2") && second.contains("rel=\"prev\""))
            #expect(try await browser.get("/classes?status=running&page=99").text.contains("trang 2/2"))
        }
    }

    @Test("the golden time is read once a minute: a second look within it shows the same numbers, and says when")
    func goldenTimeKeptForAMinute() async throws {
        let clock = ManualClock(ServiceWorld.now)
        try await ConsoleWorld.with(clock: clock) { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let trained = { (page: String) in
                page.firstMatch(of: /đã bồi dưỡng <strong>(\d+)<\/strong>/).map { String($0.1) }
            }
            let first = try await browser.get("/").text
            #expect(trained(first) == "2" && first.contains("(số liệu lúc 19:00)"))
            try await world.database.client.query(
                """
                UPDATE enrollments SET status = 'completed'
                WHERE delegate_id = (SELECT id FROM delegates WHERE code = '0102')
                """, logger: TestCluster.logger)
            clock.advance(by: 59)
            #expect(trained(try await browser.get("/").text) == "2")
            clock.advance(by: 2)
            let later = try await browser.get("/").text
            #expect(later.contains("(số liệu lúc 19:01)"))
            #expect(trained(later) == "3")
        }
    }

    @Test("a lecturer sees the classes they teach; another class, the delegates and the golden time answer 404")
    func lecturerScope() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("lan", ConsoleWorld.password)
            let classes = try await browser.get("/classes").text
            #expect(classes.contains("B-HN-01") && !classes.contains("B-HCM-01") && !classes.contains("A-HN-01"))
            #expect(try await browser.get("/classes/B-HN-01").status == .ok)
            let other = try await browser.get("/classes/B-HCM-01")
            #expect(other.status == .notFound && other.text.contains("Không tìm thấy"))
            #expect(try await browser.get("/delegates?q=an").status == .notFound)
            #expect(try await browser.get("/delegates/0101").status == .notFound)
            #expect(!(try await browser.get("/").text.contains("Thời gian vàng")))
            #expect(try await browser.get("/sessions/\(world.fixture.sessions[0])/attendance").status == .ok)
            #expect(try await browser.get("/sessions/\(world.fixture.sessions[4])/attendance").status == .notFound)
        }
    }

    @Test("a mark posted without the session's form token, or with another's, is refused and changes nothing")
    func attendanceNeedsToken() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let session = world.fixture.sessions[4]
            _ = try await browser.get("/sessions/\(session)/attendance")
            let uri = "/sessions/\(session)/attendance"
            for token in [ConsoleVisitor.FormToken.none, .forged("forged-token")] {
                let refused = try await browser.post(uri, [("delegate", "0102"), ("status", "late")], token: token)
                #expect(refused.status == .forbidden)
            }
            #expect(try await Self.mark(of: "0102", at: session, world) == nil)

            let saved = try await browser.post(uri, [("delegate", "0102"), ("status", "late")])
            #expect(saved.status == .seeOther && saved.headers[.location] == "\(uri)#d-0102")
            #expect(try await Self.mark(of: "0102", at: session, world) == "late")
            let page = try await browser.get(uri).text
            #expect(page.firstMatch(of: /value="late" class="late" aria-pressed="true"/) != nil)

            let outsider = try await browser.post(uri, [("delegate", "7901"), ("status", "present")])
            #expect(outsider.status == .unprocessableContent)
            #expect(try await Self.mark(of: "7901", at: session, world) == nil)
        }
    }

    @Test("the audit trail names the console's account for its changes, filters by table and day; staff only")
    func auditTrail() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            _ = try await browser.get("/sessions/\(world.fixture.sessions[4])/attendance")
            _ = try await browser.post(
                "/sessions/\(world.fixture.sessions[4])/attendance", [("delegate", "0102"), ("status", "late")])
            let trail = try await browser.get("/audit?entity=attendance&since=01%2F01%2F2026").text
            #expect(trail.contains("<td>account:sam</td><td>attendance</td><td>Thêm</td>"))
            #expect(trail.contains("status: late"))
            let other = try await browser.get("/audit?entity=certificates").text
            #expect(!other.contains("account:sam") && other.contains("0 thay đổi."))
            #expect(try await browser.get("/audit?since=31-31-2026").status == .badRequest)

            let lecturer = ConsoleVisitor(browser.client)
            _ = try await lecturer.signIn("lan", ConsoleWorld.password)
            #expect(try await lecturer.get("/audit").status == .notFound)
        }
    }

    @Test("the completion report groups seated delegates as the command line does, with each rate as a bar")
    func completionReport() async throws {
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let provinces = try await browser.get("/reports").text
            #expect(provinces.contains("<th scope=\"row\">Thành phố Hà Nội</th><td>4</td><td>1</td>"))
            #expect(provinces.contains("<th scope=\"row\">Tổng</th><td>6</td><td>2</td><td>33,3%</td>"))
            let programB = try await browser.get("/reports?by=province&program=CT-B").text
            #expect(programB.contains("<th scope=\"row\">Thành phố Hà Nội</th><td>3</td><td>1</td>"))
            let firstTime = try await browser.get("/reports?by=first-time").text
            #expect(firstTime.contains("trúng cử lần đầu</th><td>3</td><td>2</td>"))
            #expect(firstTime.contains(#"<meter min="0" max="1" value="0.6666666666666666""#))
            #expect(try await browser.get("/reports?program=NOPE").status == .notFound)
        }
    }

    @Test("the completion report downloads as the CLI's CSV (with the byte-order mark) and as a workbook")
    func completionDownloads() async throws {
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let page = try await browser.get("/reports?by=body&program=CT-B").text
            #expect(page.contains("href=\"/reports?by=body&amp;program=CT-B&amp;format=xlsx\""))
            let csv = try await browser.get("/reports?by=body&program=CT-B&format=csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"hoan-thanh-theo-body.csv\"")
            let lines = csv.text.split(separator: "\n")
            #expect(lines.first == "\u{FEFF}key,label,seated,completed,completion_rate")
            #expect(lines.last?.hasPrefix("total,Tổng cộng,") == true, "\(csv.text)")
            let workbook = try await browser.get("/reports?format=xlsx")
            #expect(workbook.headers[.contentDisposition] == "attachment; filename=\"hoan-thanh-theo-province.xlsx\"")
            #expect(workbook.body.readableBytesView.starts(with: Array("PK".utf8)))
            #expect(try await browser.get("/reports?format=pdf").status == .badRequest)
        }
    }

    @Test("the printable sign-in sheet is one link from the register, with only its own style allowed by its hash")
    func signInSheet() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("lan", ConsoleWorld.password)
            let session = world.fixture.sessions[0]
            #expect(
                try await browser.get("/sessions/\(session)/attendance").text.contains(
                    "href=\"/sessions/\(session)/sheet\""))
            let sheet = try await browser.get("/sessions/\(session)/sheet")
            #expect(sheet.status == .ok && sheet.text.contains("DANH SÁCH ĐIỂM DANH"))
            #expect(sheet.text.contains("Nguyễn Văn An") && sheet.text.contains("Ký tên"))
            let policy = try #require(sheet.headers[.contentSecurityPolicy])
            #expect(policy.contains("style-src 'sha256-") && !policy.contains("unsafe-inline"), "\(policy)")
            #expect(!policy.contains("script-src"), "the sheet runs no script")
            #expect(try await browser.get("/sessions/\(world.fixture.sessions[1])/sheet").status == .notFound)
        }
    }

    @Test("the other forms need the token too: sign-out")
    func signOutNeedsToken() async throws {
        try await ConsoleWorld.with { _, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            #expect(try await browser.post("/sign-out", [], token: .none).status == .forbidden)
            #expect(try await browser.get("/").status == .ok)
        }
    }

    @Test("a name with markup in it is shown as text on every page that shows it")
    func escaping() async throws {
        try await ConsoleWorld.with { world, browser in
            try await world.database.client.query(
                "UPDATE delegates SET full_name = '<script>alert(1)</script> Nguyễn' WHERE code = '0102'",
                logger: TestCluster.logger)
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            for uri in [
                "/delegates?q=nguyen", "/delegates/0102", "/classes/B-HN-01",
                "/sessions/\(world.fixture.sessions[0])/attendance",
            ] {
                let page = try await browser.get(uri).text
                #expect(!page.contains("<script>alert(1)"), "\(uri)")
                #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
            }
            let search = try await browser.get("/delegates?q=%22%3E%3Cscript%3Ex").text
            #expect(!search.contains("\"><script>x") && search.contains("&quot;&gt;&lt;script&gt;x"))
        }
    }

    @Test("a session started on one ttbd serve is known to another over the same database")
    func sharedSessions() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let second = TrainingAPI(
                database: world.database, configuration: ServiceConfiguration(jobsInterval: nil),
                logger: ServiceWorld.quiet, now: { ServiceWorld.now })
            try await second.application().test(.live) { client in
                let elsewhere = ConsoleVisitor(client)
                for (name, value) in browser.cookies { elsewhere.setCookie(name, value) }
                let page = try await elsewhere.get("/classes")
                #expect(page.status == .ok && page.text.contains("Sam Staff"))
            }
        }
    }

    static func visit(_ uris: [String], _ browser: ConsoleVisitor) async throws -> [(String, TestResponse)] {
        var pages: [(String, TestResponse)] = []
        for uri in uris { pages.append((uri, try await browser.get(uri))) }
        return pages
    }

    static func mark(of delegate: String, at session: Int, _ world: ServiceWorld) async throws -> String? {
        try await world.database.client.query(
            """
            SELECT a.status FROM attendance a JOIN delegates d ON d.id = a.delegate_id
            WHERE a.session_id = \(session) AND d.code = \(delegate)
            """, logger: TestCluster.logger
        ).collect().first?.decode(String.self)
    }
}
