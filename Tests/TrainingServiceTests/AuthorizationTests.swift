import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import TrainingService

/// Every route of the OpenAPI document with every kind of caller, over real HTTP: staff see everything, a
/// lecturer what they teach, a delegate only their own records, another's records are 404 (never 403); a
/// revoked, expired or feed token and no token are 401; and no answer carries a field outside the caller's set
/// (a lecturer gets no personal identifiers, a delegate no other delegate's rows).
@Suite("Authorization per endpoint and role")
struct AuthorizationTests {
    @Test("each role gets the status the rules give, and only its fields", arguments: EndpointCase.all)
    func statuses(endpoint: EndpointCase) async throws {
        try await ServiceWorld.with { world, client in
            let path = endpoint.path.replacingOccurrences(of: "{s1}", with: String(world.fixture.sessions[0]))
                .replacingOccurrences(of: "{feed}", with: world.feedToken)
            for caller in Caller.allCases {
                var headers = caller.headers(in: world)
                let body = endpoint.body(caller)
                if body != nil { headers[.contentType] = "application/json" }
                let response = try await client.execute(
                    uri: path, method: endpoint.method, headers: headers, body: body.map { ByteBuffer(string: $0) })
                #expect(Int(response.status.code) == endpoint.status(for: caller), "\(caller): \(response.text)")
                if response.status.code >= 400 {
                    #expect(response.headers[.contentType] == "application/problem+json")
                    let problem = try #require(try response.json() as? [String: Any])
                    #expect(problem["status"] as? Int == Int(response.status.code))
                    #expect((problem["detail"] as? String)?.isEmpty == false)
                } else if !endpoint.isPublic, response.headers[.contentType]?.hasPrefix("application/json") == true {
                    Self.checkFields(of: try response.json(), for: caller, at: "\(endpoint)")
                }
                if caller == .anonymous && !endpoint.isPublic {
                    #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="ttbd""#)
                }
            }
        }
    }

    @Test("the cases cover every operation of the OpenAPI document")
    func coverage() throws {
        let document = try JSONSerialization.jsonObject(with: try OpenAPIDocument.data()) as? [String: Any]
        let paths = try #require(document?["paths"] as? [String: [String: Any]])
        let operations = paths.flatMap { path, methods in methods.keys.map { "\($0.uppercased()) \(path)" } }
        let covered = Set(
            EndpointCase.all.compactMap { endpoint -> String? in
                let components = endpoint.path.split(separator: "?")[0].split(separator: "/")
                let template = paths.keys.first {
                    MethodNotAllowedMiddleware.matches(components, $0.split(separator: "/"))
                }
                return template.map { "\(endpoint.method.rawValue) \($0)" }
            })
        #expect(Set(operations).subtracting(covered).sorted() == [])
    }

    /// A lecturer's answers hold no personal identifiers; a delegate's, no other delegate's rows.
    static func checkFields(of json: Any, for caller: Caller, at place: String) {
        switch json {
        case let object as [String: Any]:
            for (key, value) in object {
                if caller.isLecturer {
                    #expect(
                        !["nationalID", "phone", "email", "birthDate", "gender"].contains(key),
                        "\(caller) \(place): \(key)")
                }
                if let own = caller.delegateCode, key == "delegateCode" {
                    #expect(value as? String == own, "\(caller) \(place): \(value)")
                }
                checkFields(of: value, for: caller, at: place)
            }
        case let array as [Any]:
            for element in array { checkFields(of: element, for: caller, at: place) }
        default:
            break
        }
    }
}
