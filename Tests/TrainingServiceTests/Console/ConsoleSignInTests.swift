import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing
import TrainingOperations
import TrainingService

/// Issue 16: signing in to the console, its cookies and the limits on guessing.
@Suite("Console sign-in")
struct ConsoleSignInTests {
    @Test("a page without a session sends the browser to sign in and back; the right password lets it in")
    func signInAndBack() async throws {
        try await ConsoleWorld.with { _, browser in
            let first = try await browser.get("/classes?status=running")
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "/sign-in?next=/classes%3Fstatus%3Drunning")

            let page = try await browser.get("/sign-in?next=/classes")
            #expect(page.status == .ok)
            #expect(page.text.contains("Đăng nhập") && page.text.contains(#"lang="vi""#))
            let formCookie = try #require(ConsoleVisitor.setCookie("ttbd_sign_in", in: page))
            #expect(formCookie.contains("HttpOnly") && formCookie.contains("SameSite=Strict"))

            let signedIn = try await browser.post(
                "/sign-in", [("username", "sam"), ("password", ConsoleWorld.password), ("next", "/classes")])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/classes")
            let session = try #require(ConsoleVisitor.setCookie("ttbd_console", in: signedIn))
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Lax") && !session.contains("Secure"))

            let classes = try await browser.get("/classes")
            #expect(classes.status == .ok)
            #expect(classes.text.contains("B-HN-01") && classes.text.contains("Sam Staff"))
        }
    }

    @Test("a wrong password or an unknown username gets the same answer and no session")
    func wrongPassword() async throws {
        try await ConsoleWorld.with { _, browser in
            for (username, password) in [("sam", "not the password"), ("nobody", ConsoleWorld.password)] {
                let answer = try await browser.signIn(username, password)
                #expect(answer.status == .ok)
                #expect(answer.text.contains("Tên đăng nhập hoặc mật khẩu không đúng."))
                #expect(ConsoleVisitor.setCookie("ttbd_console", in: answer) == nil)
            }
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test("a delegate's account and a disabled account cannot sign in")
    func onlyStaffAccounts() async throws {
        try await ConsoleWorld.with { world, browser in
            await #expect(throws: (any Error).self) {
                try await TrainingOperations(database: world.database).setConsolePassword(
                    username: "an", password: ConsoleWorld.password, cost: 4)
            }
            try await world.database.client.query(
                "UPDATE accounts SET disabled_at = now() WHERE username = 'binh'", logger: TestCluster.logger)
            let answer = try await browser.signIn("binh", ConsoleWorld.password)
            #expect(answer.text.contains("Tên đăng nhập hoặc mật khẩu không đúng."))
        }
    }

    @Test("a sign-in form posted without its cookie's token is refused, even with the right password")
    func signInNeedsItsToken() async throws {
        try await ConsoleWorld.with { _, browser in
            try await browser.get("/sign-in")
            for token in [ConsoleVisitor.FormToken.none, .forged("forged")] {
                let answer = try await browser.post(
                    "/sign-in", [("username", "sam"), ("password", ConsoleWorld.password)], token: token)
                #expect(answer.status == .forbidden)
                #expect(ConsoleVisitor.setCookie("ttbd_console", in: answer) == nil)
            }
        }
    }

    @Test("after the limit of failures from one address, even the right password waits")
    func failureLimit() async throws {
        let configuration = ServiceConfiguration(jobsInterval: nil, failedAuthenticationLimit: 3)
        try await ConsoleWorld.with(configuration: configuration) { _, browser in
            for _ in 0..<3 { _ = try await browser.signIn("sam", "guess guess guess") }
            let blocked = try await browser.signIn("sam", ConsoleWorld.password)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers[.retryAfter] != nil)
            #expect(blocked.text.contains("Đăng nhập sai quá nhiều lần"))
        }
    }

    @Test("after sign-in, next is a path of this site only")
    func nextStaysHere() async throws {
        try await ConsoleWorld.with { _, browser in
            for next in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
                let answer = try await ConsoleVisitor(browser.client).signIn("sam", ConsoleWorld.password, next: next)
                #expect(answer.headers[.location] == "/", "\(next)")
            }
        }
    }

    @Test("signing out ends the session on the server, and a new password signs every browser out")
    func signOut() async throws {
        try await ConsoleWorld.with { world, browser in
            _ = try await browser.signIn("sam", ConsoleWorld.password)
            let other = ConsoleVisitor(browser.client)
            _ = try await other.signIn("sam", ConsoleWorld.password)
            #expect(try await other.get("/").status == .ok)

            let out = try await browser.post("/sign-out", [])
            #expect(out.status == .seeOther && out.headers[.location] == "/sign-in")
            #expect(try await browser.get("/").status == .seeOther)
            #expect(try await other.get("/").status == .ok)

            try await TrainingOperations(database: world.database).setConsolePassword(
                username: "sam", password: "một mật khẩu mới hẳn", cost: 4)
            #expect(try await other.get("/").status == .seeOther)
        }
    }

    @Test("the session cookie is Secure when a trusted proxy says the browser came over https")
    func secureBehindTLS() async throws {
        let configuration = ServiceConfiguration(jobsInterval: nil, trustedProxies: [try #require(.init("127.0.0.1"))])
        try await ConsoleWorld.with(configuration: configuration) { _, browser in
            browser.extraHeaders[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            let signedIn = try await browser.signIn("sam", ConsoleWorld.password)
            let session = try #require(ConsoleVisitor.setCookie("ttbd_console", in: signedIn))
            #expect(session.contains("Secure"))
        }
    }

    @Test("the password is kept as a bcrypt hash, and the audit trail records the change without it")
    func passwordAtRest() async throws {
        try await ConsoleWorld.with { world, _ in
            let rows = try await world.database.client.query(
                """
                SELECT p.bcrypt_hash, (SELECT count(*)::int FROM audit_log l
                                       WHERE l.table_name = 'account_passwords' AND l.row_id = a.id::text
                                         AND l.after::text NOT LIKE '%$2%')
                FROM accounts a JOIN account_passwords p ON p.account_id = a.id WHERE a.username = 'sam'
                """, logger: TestCluster.logger
            ).collect()
            let (hash, audited) = try rows[0].decode((String, Int).self)
            #expect(hash.hasPrefix("$2") && !hash.contains(ConsoleWorld.password))
            #expect(audited == 1)
            await #expect(throws: (any Error).self) {
                try await TrainingOperations(database: world.database).setConsolePassword(
                    username: "sam", password: "short", cost: 4)
            }
        }
    }
}
