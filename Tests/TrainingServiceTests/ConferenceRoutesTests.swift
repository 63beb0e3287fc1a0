import Foundation
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@testable import TrainingService

@Suite("The conference routes over real HTTP")
struct ConferenceRoutesTests {
    @Test(
        "staff read the conferences, one with its programme, and its report, in the document's shapes; delegates find nothing"
    )
    func readConferences() async throws {
        let validator = try SchemaValidator(document: try OpenAPIDocument.data())
        try await ServiceWorld.with { world, client in
            try await ConferenceServiceFixture.open(in: world.database)
            for (path, schema) in [
                ("/v1/conferences/C1", "ConferenceDetail"), ("/v1/conferences/C1/report", "ConferenceReport"),
            ] {
                let response = try await client.execute(uri: path, method: .get, headers: world.headers("ada"))
                #expect(response.status == .ok, "\(path)")
                #expect(try validator.problems(in: Data(buffer: response.body), schema: schema) == [], "\(path)")
            }
            let list = try await client.execute(
                uri: "/v1/conferences?region=DNB-HN", method: .get, headers: world.headers("sam"))
            let page = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: list.body))
            guard case .object(let fields) = page, case .array(let items) = fields["items"] else {
                Issue.record("/v1/conferences is not a page")
                return
            }
            #expect(items.count == 1)
            #expect(items.allSatisfy { validator.problems(in: $0, schema: "ConferenceSummary") == [] })

            let delegate = try await client.execute(
                uri: "/v1/conferences/C1", method: .get, headers: world.headers("an"))
            #expect(delegate.status == .notFound)
            let unknown = try await client.execute(
                uri: "/v1/conferences/NONE", method: .get, headers: world.headers("ada"))
            #expect(unknown.status == .notFound)
        }
    }
}
