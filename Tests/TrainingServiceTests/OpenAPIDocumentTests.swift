import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@testable import TrainingService

/// The OpenAPI document is the API's one description: every route the router has is in it with its method,
/// nothing else is, and real responses have the shapes it gives.
@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    let document: [String: Any]

    init() throws {
        document = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.data()) as? [String: Any])
    }

    @Test("the router's routes and the document's operations are the same set")
    func routesMatch() async throws {
        try await TestDatabase.with { testDatabase in
            try await testDatabase.run { database in
                let api = TrainingAPI(
                    database: database, configuration: ServiceConfiguration(jobsInterval: nil),
                    logger: ServiceWorld.quiet)
                // The console's pages are HTML for browsers, not operations of the API: the routes it adds are left out.
                let console = Router(context: ServiceContext.self)
                ConsoleRoutes(database: database, limiter: api.limiter, proxies: [], now: api.now).add(to: console)
                let pages = Set(console.routes.map { "\($0.method.rawValue) \($0.path)" })
                let routes = Set(api.router().routes.map { "\($0.method.rawValue) \($0.path)" }).subtracting(pages)
                #expect(pages.contains("GET /") && pages.contains("POST /sign-in"))
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                let operations = Set(
                    paths.flatMap { path, item in item.keys.map { "\($0.uppercased()) \(path)" } })
                #expect(routes == operations)
            }
        }
    }

    @Test("the document served at /openapi.json is the file")
    func served() async throws {
        try await ServiceWorld.with { _, client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(Data(buffer: response.body) == (try OpenAPIDocument.data()))
        }
    }

    @Test("real responses have the shapes the document gives")
    func shapes() async throws {
        let checks: [(caller: String?, path: String, schema: String)] = [
            ("an", "/v1/me", "Me"), ("sam", "/v1/me", "Me"), ("ada", "/v1/classes/B-HN-01", "ClassDetail"),
            ("ada", "/v1/delegates/0101", "DelegateRecord"), ("ada", "/v1/reports/completion", "CompletionReport"),
            (nil, "/ready", "Status"),
        ]
        let pages: [(caller: String, path: String, item: String)] = [
            ("an", "/v1/me/schedule", "ScheduledSession"), ("an", "/v1/me/classes", "DelegateEnrollment"),
            ("an", "/v1/me/certificates", "CertificateRecord"), ("ada", "/v1/classes", "ClassSummary"),
            ("ada", "/v1/classes/B-HN-01/sessions", "SessionRecord"),
            ("ada", "/v1/classes/B-HN-01/enrollments", "RosterEntry"),
            ("ada", "/v1/delegates/0101/attendance", "SessionAttendance"),
        ]
        let validator = try SchemaValidator(document: try OpenAPIDocument.data())
        try await ServiceWorld.with { world, client in
            _ = try await TrainingOperations(database: world.database).issueCertificates(
                classCode: "B-HN-01", dryRun: false)
            for check in checks {
                let response = try await client.execute(
                    uri: check.path, method: .get, headers: world.headers(check.caller))
                #expect(response.status == .ok, "\(check.path)")
                #expect(
                    try validator.problems(in: Data(buffer: response.body), schema: check.schema) == [], "\(check.path)"
                )
            }
            for check in pages {
                let response = try await client.execute(
                    uri: check.path, method: .get, headers: world.headers(check.caller))
                let page = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: response.body))
                guard case .object(let fields) = page, case .array(let items) = fields["items"],
                    fields["nextCursor"] != nil
                else {
                    Issue.record("\(check.path) is not a page")
                    continue
                }
                #expect(!items.isEmpty, "\(check.path)")
                for item in items {
                    #expect(validator.problems(in: item, schema: check.item) == [], "\(check.path)")
                }
            }
            let problem = try await client.execute(uri: "/v1/me", method: .get)
            #expect(try validator.problems(in: Data(buffer: problem.body), schema: "Problem") == [])
        }
    }
}
