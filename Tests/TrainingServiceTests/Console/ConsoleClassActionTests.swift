import Foundation
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing
import TrainingService

/// Issue 16: a class taken from enrollment to certificates through the console's forms, by staff only, every
/// form refused without its token.
@Suite("Console changes to a class")
struct ConsoleClassActionTests {
    @Test("staff enroll, withdraw (the wait list moves up), close a session and issue certificates after a dry run")
    func enrollToCertificates() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            _ = try await browser.get("/classes/B-HN-01")

            let enrolled = try await browser.post("/classes/B-HN-01/enrollments", [("delegates", "7902")])
            #expect(enrolled.status == .ok)
            #expect(enrolled.text.contains("7902 Võ Thị Giang: vào danh sách chờ, thứ 3"))
            #expect(try await Self.status(of: "7902", world) == "waitlisted")
            let again = try await browser.post("/classes/B-HN-01/enrollments", [("delegates", "7902")])
            #expect(
                again.text.contains("7902 Võ Thị Giang: hiện trong danh sách chờ ở lớp B-HN-01"),
                "the refusal in Vietnamese: \(again.text)")

            let withdrawn = try await browser.post("/classes/B-HN-01/withdrawals", [("delegate", "0102")])
            #expect(withdrawn.status == .seeOther && withdrawn.headers[.location] == "/classes/B-HN-01#roster")
            #expect(try await Self.status(of: "0102", world) == "withdrawn")
            #expect(try await Self.status(of: "0105", world) == "enrolled")

            let closed = try await browser.post("/sessions/\(world.fixture.sessions[4])/close", [])
            #expect(closed.status == .seeOther && closed.headers[.location] == "/classes/B-HN-01#sessions")

            let certificates = try await Self.certificates(world)
            let dryRun = try await browser.post("/classes/B-HN-01/certificates", [])
            #expect(dryRun.status == .ok && dryRun.text.contains("Chưa có gì thay đổi"))
            #expect(try await Self.certificates(world) == certificates)
            let issued = try await browser.post("/classes/B-HN-01/certificates", [("apply", "yes")])
            #expect(issued.status == .ok && issued.text.contains("Đã cấp 1 chứng chỉ"))
            #expect(issued.text.contains("0101 Nguyễn Văn An: số GCN-2026-000001"))
            #expect(try await Self.certificates(world) == certificates + 1)
        }
    }

    @Test("staff move a delegate to another class: seated there, their seat here to the wait list's first")
    func moveToAnotherClass() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            #expect(try await browser.get("/classes/B-HN-01").text.contains("action=\"/classes/B-HN-01/moves\""))
            let moved = try await browser.post("/classes/B-HN-01/moves", [("delegates", "0102"), ("to", "B-HCM-01")])
            #expect(
                moved.status == .ok && moved.text.contains("Đã chuyển 1 đại biểu sang lớp B-HCM-01"), "\(moved.text)")
            #expect(try await Self.status(of: "0102", world) == "withdrawn")
            #expect(try await Self.status(of: "0102", in: "B-HCM-01", world) == "enrolled")
            #expect(try await Self.status(of: "0105", world) == "enrolled", "the freed seat went to the wait list")

            let before = try await EnrollmentFixture.digest(world.database)
            let refused = try await browser.post("/classes/B-HN-01/moves", [("delegates", "0101"), ("to", "B-HCM-01")])
            #expect(refused.status.code >= 400 && refused.status.code < 500, "\(refused.text)")
            #expect(try await EnrollmentFixture.digest(world.database) == before, "a refused move changes nothing")
            let unknown = try await browser.post("/classes/B-HN-01/moves", [("delegates", "0104"), ("to", "NOPE")])
            #expect(unknown.status == .notFound)
        }
    }

    @Test("a lecturer reads the class but cannot change it (403), and the page offers them no form to")
    func lecturerCannotChange() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("lan", ConsoleWorld.password)
            let page = try await browser.get("/classes/B-HN-01").text
            #expect(!page.contains("/enrollments") && !page.contains("/withdrawals") && !page.contains("/certificates"))
            #expect(!page.contains("/moves"))
            let before = try await EnrollmentFixture.digest(world.database)
            #expect(
                try await browser.post("/classes/B-HN-01/enrollments", [("delegates", "7902")]).status == .forbidden)
            #expect(try await browser.post("/classes/B-HN-01/withdrawals", [("delegate", "0102")]).status == .forbidden)
            #expect(
                try await browser.post("/classes/B-HN-01/moves", [("delegates", "0102"), ("to", "B-HCM-01")]).status
                    == .forbidden)
            #expect(try await browser.post("/classes/B-HN-01/certificates", [("apply", "yes")]).status == .forbidden)
            #expect(try await EnrollmentFixture.digest(world.database) == before)
        }
    }

    @Test("every form of the console is refused without its session's token, or with a forged one")
    func everyFormNeedsItsToken() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let session = world.fixture.sessions[4]
            let forms: [(String, [(String, String)])] = [
                ("/sign-out", []),
                ("/sessions/\(session)/attendance", [("delegate", "0102"), ("status", "late")]),
                ("/sessions/\(session)/close", []),
                ("/classes/B-HN-01/enrollments", [("delegates", "7902")]),
                ("/classes/B-HN-01/withdrawals", [("delegate", "0102")]),
                ("/classes/B-HN-01/moves", [("delegates", "0102"), ("to", "B-HCM-01")]),
                ("/classes/B-HN-01/certificates", [("apply", "yes")]),
            ]
            let before = try await EnrollmentFixture.digest(world.database)
            for (uri, fields) in forms {
                for token in [ConsoleVisitor.FormToken.none, .forged(browser.otherToken)] {
                    let answer = try await browser.post(uri, fields, token: token)
                    #expect(answer.status == .forbidden, "\(uri) \(token)")
                }
            }
            #expect(try await EnrollmentFixture.digest(world.database) == before)
            #expect(try await browser.get("/").status == .ok)
        }
    }

    static func status(of delegate: String, in classCode: String = "B-HN-01", _ world: ServiceWorld) async throws
        -> String?
    {
        try await world.database.client.query(
            """
            SELECT e.status FROM enrollments e JOIN delegates d ON d.id = e.delegate_id
            JOIN classes c ON c.id = e.class_id WHERE c.code = \(classCode) AND d.code = \(delegate)
            """, logger: TestCluster.logger
        ).collect().first?.decode(String.self)
    }

    static func certificates(_ world: ServiceWorld) async throws -> Int {
        try await world.database.client.query("SELECT count(*)::int FROM certificates", logger: TestCluster.logger)
            .collect().first!.decode(Int.self)
    }
}
