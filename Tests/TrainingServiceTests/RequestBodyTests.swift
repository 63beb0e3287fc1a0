import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Bodies the service cannot take are answered as problems in the API's words: 413 for one too large (a 500
/// before), 400 naming the field for one of the wrong shape, never a Swift type name.
@Suite("Request bodies the service refuses")
struct RequestBodyTests {
    @Test(
        "a wrong body names the field, in the API's words",
        arguments: [
            (#"{"delegate": 5, "status": "present"}"#, "`delegate` has the wrong kind of value"),
            (#"{"delegate": "0104"}"#, "The body lacks `status`"),
            (#"{"delegate": "0104", "status": null}"#, "`status` is null or missing"),
            (#"{"delegate": "01"#, "The body is not JSON"),
            (#"[1, 2]"#, "has the wrong kind of value"),
        ])
    func wrongShape(body: String, expected: String) async throws {
        try await ServiceWorld.with { world, client in
            var headers = world.headers("sam")
            headers[.contentType] = "application/json"
            let response = try await client.execute(
                uri: "/v1/sessions/\(world.fixture.sessions[0])/attendance", method: .post, headers: headers,
                body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            let detail = (try response.json() as? [String: Any])?["detail"] as? String ?? ""
            #expect(detail.contains(expected), "\(detail)")
            for swiftWord in ["String", "Dictionary", "Array<", "Swift."] {
                #expect(!detail.contains(swiftWord), "\(detail)")
            }
        }
    }

    @Test("a body over the limit is 413 with a problem document, not 500")
    func tooLarge() async throws {
        try await ServiceWorld.with { world, client in
            var headers = world.headers("sam")
            headers[.contentType] = "application/json"
            let padding = String(repeating: "x", count: 3 * 1_048_576)
            let response = try await client.execute(
                uri: "/v1/sessions/\(world.fixture.sessions[0])/attendance", method: .put, headers: headers,
                body: ByteBuffer(string: #"{"marks": [], "padding": "\#(padding)"}"#))
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    @Test("an unknown code is 404; one of 100,000 characters is not sent back whole, in a path or a body")
    func longCodes() async throws {
        try await ServiceWorld.with { world, client in
            let code = String(repeating: "Q", count: 100_000)
            var headers = world.headers("sam")
            headers[.contentType] = "application/json"
            let inBody = try await client.execute(
                uri: "/v1/classes/B-HN-01/enrollments", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"delegate": "\#(code)"}"#))
            let inPath = try await client.execute(
                uri: "/v1/classes/\(String(code.prefix(5_000)))", method: .get, headers: world.headers("sam"))
            let unknown = try await client.execute(
                uri: "/v1/classes/B-HN-01/enrollments", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"delegate": "NOPE"}"#))
            #expect(unknown.status == .notFound, "an unknown code is 404, not 409: \(unknown.text)")
            for response in [inBody, inPath] {
                #expect((400..<500).contains(response.status.code), "\(response.status)")
                #expect(response.body.readableBytes < 3_000, "\(response.body.readableBytes) bytes")
            }
        }
    }
}
