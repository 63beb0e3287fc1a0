import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every endpoint with every role, over real HTTP: staff see everything, a lecturer what they teach, a
/// delegate only their own records, another delegate's records are 404 (never 403), no token is 401.
@Suite("Authorization per endpoint and role")
struct AuthorizationTests {
    @Test("each role gets the status the rules give", arguments: EndpointCase.all)
    func statuses(endpoint: EndpointCase) async throws {
        try await ServiceWorld.with { world, client in
            let path = endpoint.path.replacingOccurrences(of: "{s1}", with: String(world.fixture.sessions[0]))
            for caller in Caller.allCases {
                var headers = world.headers(caller.username)
                let body = endpoint.body(caller)
                if body != nil { headers[.contentType] = "application/json" }
                let response = try await client.execute(
                    uri: path, method: endpoint.method, headers: headers, body: body.map { ByteBuffer(string: $0) })
                #expect(Int(response.status.code) == endpoint.expected[caller], "\(caller): \(response.text)")
                if response.status.code >= 400 {
                    #expect(response.headers[.contentType] == "application/problem+json")
                    let problem = try #require(try response.json() as? [String: Any])
                    #expect(problem["status"] as? Int == Int(response.status.code))
                    #expect((problem["detail"] as? String)?.isEmpty == false)
                }
                if caller == .anonymous {
                    #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="ttbd""#)
                }
            }
        }
    }
}
