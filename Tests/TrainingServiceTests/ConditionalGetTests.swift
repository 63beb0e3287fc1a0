import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing

/// Phones poll feeds and /v1/me/…: an unchanged answer is 304 with its validators and no body, and any change
/// to what the delegate sees (their enrollment, a session of their class, a room's name) gives a new one.
@Suite("Conditional requests of a delegate's own resources")
struct ConditionalGetTests {
    @Test("the feed: 304 for its ETag or a later If-Modified-Since; a moved session or a renamed room changes it")
    func feed() async throws {
        try await ServiceWorld.with { world, client in
            let uri = "/v1/calendar/\(world.feedToken).ics"
            let first = try await client.execute(uri: uri, method: .get)
            #expect(first.status == .ok)
            #expect(first.headers[.cacheControl] == "private")
            let tag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            #expect(tag.hasPrefix("W/\"ics-"))

            let same = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: tag])
            #expect(same.status == .notModified)
            #expect(same.body.readableBytes == 0)
            #expect(same.headers[.eTag] == tag)
            let since = try await client.execute(uri: uri, method: .get, headers: [.ifModifiedSince: modified])
            #expect(since.status == .notModified)
            let other = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: "W/\"ics-0-0\""])
            #expect(other.status == .ok)
            #expect(other.text.hasPrefix("BEGIN:VCALENDAR"))

            try await world.database.client.query(
                "UPDATE sessions SET revision = revision + 1 WHERE id = \(world.fixture.sessions[1])",
                logger: TestCluster.logger)
            let moved = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: tag])
            #expect(moved.status == .ok, "a session of the delegate's class changed")
            let movedTag = try #require(moved.headers[.eTag])
            #expect(movedTag != tag)

            try await world.database.client.query(
                "UPDATE rooms SET name = name || ' (mới)'", logger: TestCluster.logger)
            let renamed = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: movedTag])
            #expect(renamed.status == .ok, "a room everyone sees was renamed")
        }
    }

    @Test("/v1/me/…: 304 while unchanged, no-store; another delegate's change leaves it; the delegate's own does not")
    func me() async throws {
        try await ServiceWorld.with { world, client in
            for path in ["/v1/me", "/v1/me/schedule", "/v1/me/classes", "/v1/me/materials", "/v1/me/certificates"] {
                let first = try await client.execute(uri: path, method: .get, headers: world.headers("an"))
                #expect(first.status == .ok, "\(path)")
                #expect(first.headers[.cacheControl] == "no-store", "\(path)")
                var conditional = world.headers("an")
                conditional[.ifNoneMatch] = try #require(first.headers[.eTag], "\(path)")
                let again = try await client.execute(uri: path, method: .get, headers: conditional)
                #expect(again.status == .notModified, "\(path)")
            }
            var headers = world.headers("an")
            let tag = try #require(
                try await client.execute(uri: "/v1/me/classes", method: .get, headers: headers).headers[.eTag])
            headers[.ifNoneMatch] = tag
            try await world.database.client.query(
                "UPDATE enrollments SET requested_at = requested_at WHERE delegate_id = \(world.fixture.delegates["7901"]!)",
                logger: TestCluster.logger)
            #expect(
                try await client.execute(uri: "/v1/me/classes", method: .get, headers: headers).status == .notModified,
                "another delegate's enrollment is not this one's news")
            try await world.database.client.query(
                "UPDATE enrollments SET requested_at = requested_at WHERE delegate_id = \(world.fixture.delegates["0101"]!)",
                logger: TestCluster.logger)
            #expect(try await client.execute(uri: "/v1/me/classes", method: .get, headers: headers).status == .ok)

            let staff = try await client.execute(uri: "/v1/classes", method: .get, headers: world.headers("sam"))
            #expect(staff.headers[.cacheControl] == "no-store")
            #expect(staff.headers[.eTag] == nil)
        }
    }
}
