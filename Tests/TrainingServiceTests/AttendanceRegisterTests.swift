import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A lecturer sends a session's whole register in one request (the console's attendance page), and it is
/// written whole or not at all.
@Suite("A session's register in one request")
struct AttendanceRegisterTests {
    @Test("a register with one refused mark writes none; a sound one writes every mark")
    func allOrNothing() async throws {
        try await ServiceWorld.with { world, client in
            let s3 = world.fixture.sessions[2]
            var headers = world.headers("sam")
            headers[.contentType] = "application/json"
            func put(_ body: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/v1/sessions/\(s3)/attendance", method: .put, headers: headers, body: ByteBuffer(string: body)
                )
            }
            func marks() async throws -> [String: String] {
                let page = try await client.execute(
                    uri: "/v1/sessions/\(s3)/attendance", method: .get, headers: world.headers("sam"))
                var marks: [String: String] = [:]
                for item in try page.items() {
                    if let code = item["delegateCode"] as? String { marks[code] = item["status"] as? String }
                }
                return marks
            }
            let before = try await marks()

            let withdrawn = try await put(
                #"{"marks": [{"delegate": "0104", "status": "present"}, {"delegate": "0103", "status": "present"}]}"#)
            #expect(withdrawn.status.code >= 400 && withdrawn.status.code < 500, "\(withdrawn.text)")
            #expect(withdrawn.headers[.contentType] == "application/problem+json")
            #expect(withdrawn.text.contains("0103"), "\(withdrawn.text)")
            let twice = try await put(
                #"{"marks": [{"delegate": "0104", "status": "present"}, {"delegate": "0104", "status": "late"}]}"#)
            #expect(twice.status == .unprocessableContent, "\(twice.text)")
            let unknownStatus = try await put(#"{"marks": [{"delegate": "0104", "status": "asleep"}]}"#)
            #expect(unknownStatus.status == .unprocessableContent)
            #expect(unknownStatus.text.contains("marks[0].status must be one of"), "\(unknownStatus.text)")
            #expect(try await put(#"{"marks": []}"#).status == .unprocessableContent)
            #expect(try await marks() == before, "a refused register writes nothing")

            let sound = try await put(
                #"{"marks": [{"delegate": "0104", "status": "late"}, {"delegate": "0102", "status": "present"}]}"#)
            #expect(sound.status == .ok, "\(sound.text)")
            var expected = before
            expected["0104"] = "late"
            expected["0102"] = "present"
            #expect(try await marks() == expected)
        }
    }
}
