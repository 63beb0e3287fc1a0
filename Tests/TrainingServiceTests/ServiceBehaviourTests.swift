import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TrainingService

/// What the service does beyond authorization: health, pages and cursors, problems, the calendar feed,
/// the failed-authentication limit, request ids.
@Suite("The HTTP service")
struct ServiceBehaviourTests {
    @Test("health answers without a token; ready checks the database")
    func health() async throws {
        try await ServiceWorld.with { _, client in
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
            #expect(try health.json() as? [String: String] == ["status": "ok"])
            let ready = try await client.execute(uri: "/ready", method: .get)
            #expect(try ready.json() as? [String: String] == ["status": "ready"])
        }
    }

    @Test("a delegate's /v1/me names the account and the delegate")
    func me() async throws {
        try await ServiceWorld.with { world, client in
            let response = try await client.execute(uri: "/v1/me", method: .get, headers: world.headers("an"))
            let me = try #require(try response.json() as? [String: Any])
            #expect(me["username"] as? String == "an")
            #expect(me["role"] as? String == "delegate")
            let delegate = try #require(me["delegate"] as? [String: Any])
            #expect(delegate["code"] as? String == "0101")
            #expect(delegate["fullName"] as? String == "Nguyễn Văn An")
            let staff = try await client.execute(uri: "/v1/me", method: .get, headers: world.headers("sam"))
            #expect((try staff.json() as? [String: Any])?["delegate"] is NSNull)
        }
    }

    @Test("lists come in pages whose cursor leads to the next, and end with a null cursor")
    func pages() async throws {
        try await ServiceWorld.with { world, client in
            let first = try await client.execute(
                uri: "/v1/classes?limit=2", method: .get, headers: world.headers("ada"))
            #expect(try first.items().map { $0["code"] as? String } == ["B-HN-01", "A-HN-01"])
            let cursor = try #require((try first.json() as? [String: Any])?["nextCursor"] as? String)
            let second = try await client.execute(
                uri: "/v1/classes?limit=2&cursor=\(cursor)", method: .get, headers: world.headers("ada"))
            #expect(try second.items().map { $0["code"] as? String } == ["B-HCM-01"])
            #expect((try second.json() as? [String: Any])?["nextCursor"] is NSNull)
        }
    }

    @Test(
        "a limit out of range or a forged cursor is a 400 problem that says what to send",
        arguments: [
            "limit=0", "limit=501", "limit=ten", "cursor=bm90LWEtY3Vyc29y",
        ])
    func badPage(query: String) async throws {
        try await ServiceWorld.with { world, client in
            let response = try await client.execute(
                uri: "/v1/classes?\(query)", method: .get, headers: world.headers("ada"))
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    @Test("a delegate's schedule as JSON and, with Accept: text/calendar, as iCalendar")
    func schedule() async throws {
        try await ServiceWorld.with { world, client in
            let json = try await client.execute(
                uri: "/v1/me/schedule?from=2026-05-04&to=2026-05-04", method: .get, headers: world.headers("an"))
            let sessions = try json.items()
            #expect(sessions.map { $0["moduleCode"] as? String } == ["B01", "B02"])
            #expect(sessions.first?["startsAt"] as? String == "2026-05-04T00:30:00Z")
            var headers = world.headers("an")
            headers[.accept] = "text/calendar"
            let calendar = try await client.execute(uri: "/v1/me/schedule", method: .get, headers: headers)
            #expect(calendar.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(calendar.text.hasPrefix("BEGIN:VCALENDAR"))
            #expect(calendar.text.contains("UID:session-\(world.fixture.sessions[0])@ttbd"))
        }
    }

    @Test("the calendar feed opens with its secret, includes the cancelled session, and hides unknown secrets")
    func feed() async throws {
        try await ServiceWorld.with { world, client in
            let feed = try await client.execute(uri: "/v1/calendar/\(world.feedToken).ics", method: .get)
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(feed.text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 6)
            #expect(feed.text.contains("STATUS:CANCELLED"))
            let unknown = try await client.execute(uri: "/v1/calendar/ttbdcal_unknown.ics", method: .get)
            #expect(unknown.status == .notFound)
            let apiToken = try await client.execute(uri: "/v1/calendar/\(world.tokens["an"]!).ics", method: .get)
            #expect(apiToken.status == .notFound)
        }
    }

    @Test("too many wrong tokens from one client get 429 with Retry-After until the window ends; valid ones pass")
    func failureLimit() async throws {
        let clock = ManualClock(ServiceWorld.now)
        let configuration = ServiceConfiguration(
            jobsInterval: nil, failedAuthenticationLimit: 3, failedAuthenticationWindow: 60)
        try await ServiceWorld.with(configuration: configuration, clock: clock) { world, client in
            let wrong: HTTPFields = [.authorization: "Bearer ttbd_wrongwrongwrongwrongwrongwrongwrongwrongwro"]
            for _ in 1...3 {
                #expect(try await client.execute(uri: "/v1/me", method: .get, headers: wrong).status == .unauthorized)
            }
            let refused = try await client.execute(uri: "/v1/me", method: .get, headers: wrong)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] == "60")
            let colleague = try await client.execute(uri: "/v1/me", method: .get, headers: world.headers("an"))
            #expect(colleague.status == .ok, "a valid token from the same office passes")
            let feed = try await client.execute(uri: "/v1/calendar/\(world.feedToken).ics", method: .get)
            #expect(feed.status == .ok)
            clock.advance(by: 45)
            let later = try await client.execute(uri: "/v1/me", method: .get, headers: wrong)
            #expect(later.headers[.retryAfter] == "15")
            clock.advance(by: 16)
            #expect(try await client.execute(uri: "/v1/me", method: .get, headers: wrong).status == .unauthorized)
        }
    }

    @Test("every response carries a request id: the client's when it sent a plain one, a new one otherwise")
    func requestID() async throws {
        try await ServiceWorld.with { _, client in
            let given = try await client.execute(
                uri: "/health", method: .get, headers: [HTTPField.Name("X-Request-Id")!: "abc-123"])
            #expect(given.headers[HTTPField.Name("X-Request-Id")!] == "abc-123")
            let forged = try await client.execute(
                uri: "/health", method: .get, headers: [HTTPField.Name("X-Request-Id")!: "a b\nfake=1"])
            let made = try #require(forged.headers[HTTPField.Name("X-Request-Id")!])
            #expect(made != "a b\nfake=1" && !made.isEmpty)
        }
    }

    @Test("an unknown route, a bad body and a code the database cannot hold are problems, not bare errors")
    func problems() async throws {
        try await ServiceWorld.with(transport: .router) { world, client in
            let missing = try await client.execute(uri: "/v1/nothing", method: .get, headers: world.headers("ada"))
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "application/problem+json")
            var headers = world.headers("ada")
            headers[.contentType] = "application/json"
            let bad = try await client.execute(
                uri: "/v1/classes/B-HN-01/enrollments", method: .post, headers: headers, body: ByteBuffer(string: "{}"))
            #expect(bad.status == .badRequest)
            #expect(bad.headers[.contentType] == "application/problem+json")
            let trace = try await client.execute(uri: "/v1/me", method: .trace, headers: world.headers("ada"))
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers[.allow] == "GET")
            let nul = try await client.execute(
                uri: "/v1/classes?program=A%00B", method: .get, headers: world.headers("ada"))
            #expect(nul.status == .badRequest)
        }
    }

    @Test(
        "an unknown code's problem says what is missing, without the command-line hint the store adds, in the language of Accept-Language (Vietnamese when it names neither)"
    )
    func unknownCodeDetail() async throws {
        try await ServiceWorld.with { world, client in
            func detail(_ acceptLanguage: String?) async throws -> String? {
                var headers = world.headers("ada")
                headers[.acceptLanguage] = acceptLanguage
                let missing = try await client.execute(
                    uri: "/v1/reports/completion?program=NOPE", method: .get, headers: headers)
                #expect(missing.status == .notFound)
                return try #require(try missing.json() as? [String: Any])["detail"] as? String
            }
            let english = try await detail("en-US,en;q=0.9,vi;q=0.5")
            #expect(english == "No program has the code NOPE.")
            let vietnamese = "Không có chương trình nào mang mã NOPE."
            let asked = try await detail("vi-VN,vi;q=0.9")
            let unsaid = try await detail(nil)
            let other = try await detail("fr-FR")
            #expect([asked, unsaid, other] == [vietnamese, vietnamese, vietnamese])
        }
    }
}
