import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

/// What the service writes about each request, read back from a log handler that keeps its records.
@Suite("the request log")
struct RequestLogTests {
    @Test("one line per request with method, path, status, request id and the account once its token is checked")
    func oneLinePerRequest() async throws {
        let log = KeptLog()
        try await ServiceWorld.with(logger: log.logger) {
            (world: ServiceWorld, client: any TestClientProtocol) async throws in
            var headers = world.headers("sam")
            headers[HTTPField.Name("X-Request-Id")!] = "staff-1"
            #expect(try await client.execute(uri: "/v1/me", method: .get, headers: headers).status == .ok)
            let anonymous: HTTPFields = [HTTPField.Name("X-Request-Id")!: "nobody-1"]
            #expect(try await client.execute(uri: "/v1/me", method: .get, headers: anonymous).status == .unauthorized)
        }
        let lines = log.records.filter { $0.message == "request" }
        let staff = try #require(lines.first { $0.metadata["hb.request.id"] == "staff-1" })
        #expect(staff.metadata["account"] == "sam")
        #expect(staff.metadata["method"] == "GET")
        #expect(staff.metadata["path"] == "/v1/me")
        #expect(staff.metadata["status"] == "200")
        let nobody = try #require(lines.first { $0.metadata["hb.request.id"] == "nobody-1" })
        #expect(nobody.metadata["account"] == nil)
        #expect(nobody.metadata["status"] == "401")
    }

    @Test("a calendar feed's secret address never reaches the log; the delegate it belongs to does")
    func feedSecretLeftOut() async throws {
        let log = KeptLog()
        try await ServiceWorld.with(logger: log.logger) {
            (world: ServiceWorld, client: any TestClientProtocol) async throws in
            let secret = world.feedToken
            #expect(try await client.execute(uri: "/v1/calendar/\(secret).ics", method: .get).status == .ok)
            let guessed = try await client.execute(uri: "/v1/calendar/ttbdcal_guess.ics", method: .get)
            #expect(guessed.status == .notFound)
            // The line is written before the response leaves, so both are kept by now.
            let feeds = log.records.filter {
                $0.message == "request" && $0.metadata["path"] == "/v1/calendar/{feedToken}.ics"
            }
            #expect(feeds.map { $0.metadata["status"] } == ["200", "404"])
            #expect(feeds.map { $0.metadata["account"] } == ["an", nil])
            #expect(!log.records.contains { record in record.text.contains(secret) || record.text.contains("guess") })
        }
    }

    @Test(
        "a path with an empty, '.' or '..' segment is refused before routing, and its secret stays out of the log",
        arguments: [
            "//v1/calendar/SECRET.ics", "/v1/./calendar/SECRET.ics", "/v1/calendar/../calendar/SECRET.ics",
            "/v1/%2e/calendar/SECRET.ics", "/v1//calendar/SECRET.ics",
        ])
    func nonCanonicalPaths(path: String) async throws {
        let log = KeptLog()
        try await ServiceWorld.with(logger: log.logger) {
            (world: ServiceWorld, client: any TestClientProtocol) async throws in
            let uri = path.replacingOccurrences(of: "SECRET", with: world.feedToken)
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest, "\(uri)")
            #expect(!response.text.contains("BEGIN:VCALENDAR"))
            #expect(!log.records.contains { $0.text.contains(world.feedToken) }, "\(uri) logged the feed's secret")
        }
    }

    @Test("a path no route takes is logged with token-shaped segments left out")
    func unknownPathRedacted() async throws {
        let log = KeptLog()
        try await ServiceWorld.with(logger: log.logger) {
            (world: ServiceWorld, client: any TestClientProtocol) async throws in
            let response = try await client.execute(uri: "/v1/calendars/\(world.feedToken).ics", method: .get)
            #expect(response.status == .notFound)
            #expect(log.records.contains { $0.metadata["path"] == "/v1/calendars/…" })
            #expect(!log.records.contains { $0.text.contains(world.feedToken) })
        }
    }
}

/// A logger whose records stay in memory, metadata flattened to text.
final class KeptLog: Sendable {
    struct Record: Sendable {
        let message: String
        let metadata: [String: String]

        var text: String {
            ([message] + metadata.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        }
    }

    private let kept = Mutex<[Record]>([])

    var records: [Record] {
        kept.withLock { $0 }
    }

    var logger: Logger {
        Logger(label: "ttbd.serve.tests") { _ in Handler(log: self) }
    }

    fileprivate func keep(_ record: Record) {
        kept.withLock { $0.append(record) }
    }

    private struct Handler: LogHandler {
        let log: KeptLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            log.keep(Record(message: event.message.description, metadata: merged.mapValues(\.description)))
        }
    }
}
