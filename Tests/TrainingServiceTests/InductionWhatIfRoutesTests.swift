import Foundation
import HTTPTypes
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations

@testable import TrainingService
@testable import TrainingStore

/// Issue 19, what the golden time takes, as a job of the service: `POST /v1/induction/what-if` queues a run, the
/// job tick plans it, `GET /v1/induction/what-if/{id}` reads it back.
@Suite("The induction's what-if as a job, over real HTTP")
struct InductionWhatIfRoutesTests {
    static let body =
        #"{"program": "CT-B", "term": "2026-2031", "startsOn": "2026-06-01", "endsOn": "2026-06-30", "classSize": 40}"#

    static func post(_ body: String, as username: String, world: ServiceWorld, client: some TestClientProtocol)
        async throws -> TestResponse
    {
        var headers = world.headers(username)
        headers[.contentType] = "application/json"
        return try await client.execute(
            uri: "/v1/induction/what-if", method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func runs(_ world: ServiceWorld) async throws -> [WhatIfRun] {
        try await world.database.induction.whatIfRuns(limit: 100)
    }

    @Test("a run is queued, planned by the job tick and read back with the command line's answer")
    func startPollDone() async throws {
        let validator = try SchemaValidator(document: try OpenAPIDocument.data())
        try await ServiceWorld.with { world, client in
            let started = try await Self.post(Self.body, as: "sam", world: world, client: client)
            #expect(started.status == .accepted, "\(started.text)")
            let location = try #require(started.headers[.location])
            #expect(try validator.problems(in: Data(buffer: started.body), schema: "WhatIfRun") == [])
            let queued = try await client.execute(uri: location, method: .get, headers: world.headers("sam"))
            #expect((try queued.json() as? [String: Any])?["status"] as? String == "queued")

            let jobs = TrainingAPI(
                database: world.database, configuration: ServiceConfiguration(jobsInterval: .seconds(60)),
                logger: ServiceWorld.quiet, now: { ServiceWorld.now }
            ).jobs
            await try #require(jobs).runWhatIfs()

            let done = try await client.execute(uri: location, method: .get, headers: world.headers("sam"))
            #expect(done.status == .ok)
            #expect(try validator.problems(in: Data(buffer: done.body), schema: "WhatIfRun") == [])
            let run = try #require(try JSONDecoder().decode(JSONValue.self, from: Data(buffer: done.body)).members)
            #expect(run["status"] == .string("done"))
            #expect(run["startedAt"] != nil && run["finishedAt"] != nil)
            // What the command line prints for the same inputs, on the same database.
            let command = try await CommandLineTool.run(
                [
                    "plan", "induction", "--program", "CT-B", "--term", "2026-2031", "--within",
                    "2026-06-01..2026-06-30", "--class-size", "40", "--what-if", "--format", "json",
                ], environment: ["DATABASE_URL": world.database.settings.url])
            #expect(command.status == 0, "\(command.text)")
            let expected = try JSONDecoder().decode(JSONValue.self, from: Data(command.standardOutput.utf8))
            #expect(run["result"] == expected)
            let suggestions = try #require(run["result"]?.members?["suggestions"])
            guard case .array(let items) = suggestions else { return }
            #expect(
                items.compactMap { $0.members?["kind"] }
                    == ["lecturers", "end-date", "class-size", "online"].map(
                        JSONValue.string))
        }
    }

    @Test("two job ticks at once plan a run once; a run whose runner died is taken again, a live one is not")
    func takenOnce() async throws {
        try await ServiceWorld.with { world, client in
            let operations = TrainingOperations(database: world.database)
            // One run, two ticks at once: one plans it, the other finds nothing to take.
            #expect(try await Self.post(Self.body, as: "sam", world: world, client: client).status == .accepted)
            async let first = operations.runNextInductionWhatIf { ServiceWorld.now }
            async let second = operations.runNextInductionWhatIf { ServiceWorld.now }
            let taken = [try await first, try await second].compactMap { $0?.id }
            #expect(taken.count == 1, "\(taken)")
            // Two runs, two ticks at once: each takes its own.
            for _ in 1...2 {
                #expect(try await Self.post(Self.body, as: "sam", world: world, client: client).status == .accepted)
            }
            async let third = operations.runNextInductionWhatIf { ServiceWorld.now }
            async let fourth = operations.runNextInductionWhatIf { ServiceWorld.now }
            let both = [try await third, try await fourth].compactMap { $0?.id }
            #expect(Set(both).count == both.count && Set(both + taken).count == 3, "\(both)")
            #expect(try await Self.runs(world).allSatisfy { $0.status == .done })

            // Another run, left running by a runner that died: nobody holds its lock, so the next tick takes it.
            #expect(try await Self.post(Self.body, as: "ada", world: world, client: client).status == .accepted)
            let id = try #require(try await Self.runs(world).first?.id)
            try await world.database.client.query(
                """
                UPDATE what_if_runs SET status = 'running', runner = 'gone:1', started_at = \(ServiceWorld.now)
                WHERE id = \(id)
                """, logger: TestCluster.logger)
            // While another runner holds it, it is left alone.
            try await world.database.client.withConnection { holder in
                _ = try await holder.query(
                    "SELECT pg_advisory_lock(\(InductionStore.whatIfLockKey), \(Int32(id)))", logger: TestCluster.logger
                )
                #expect(try await operations.runNextInductionWhatIf { ServiceWorld.now } == nil)
                _ = try await holder.query("SELECT pg_advisory_unlock_all()", logger: TestCluster.logger)
            }
            let again = try await operations.runNextInductionWhatIf { ServiceWorld.now }
            #expect(again?.id == id && again?.status == .done)
        }
    }

    @Test("a run whose plan is refused when it is taken (the catalog changed since) ends failed, saying why")
    func failedRun() async throws {
        try await ServiceWorld.with { world, client in
            let started = try await Self.post(Self.body, as: "sam", world: world, client: client)
            let location = try #require(started.headers[.location])
            try await world.database.client.query(
                "UPDATE what_if_runs SET term = '2031-2036'", logger: TestCluster.logger)
            let run = try await TrainingOperations(database: world.database).runNextInductionWhatIf {
                ServiceWorld.now
            }
            #expect(run?.status == .failed)
            let read = try await client.execute(uri: location, method: .get, headers: world.headers("sam"))
            let fields = try #require(try read.json() as? [String: Any])
            #expect(fields["status"] as? String == "failed")
            #expect((fields["failure"] as? String)?.contains("2031-2036") == true, "\(fields)")
            #expect(fields["result"] == nil)
        }
    }

    @Test("bad inputs are refused at the POST with a problem naming them, and nothing is queued")
    func badInputs() async throws {
        try await ServiceWorld.with { world, client in
            let cases: [(body: String, status: HTTPResponse.Status, says: String)] = [
                (#"{"program": "CT-B"}"#, .badRequest, "term"),
                (Self.body.replacingOccurrences(of: "2026-06-30", with: "2026-13-30"), .unprocessableContent, "endsOn"),
                (Self.body.replacingOccurrences(of: "2026-06-30", with: "2026-05-30"), .unprocessableContent, "before"),
                (Self.body.replacingOccurrences(of: "40", with: "0"), .unprocessableContent, "classSize"),
                (Self.body.replacingOccurrences(of: "CT-B", with: "CT-X"), .unprocessableContent, "CT-X"),
                (
                    Self.body.replacingOccurrences(of: "}", with: #", "online": ["7"]}"#), .unprocessableContent,
                    "online"
                ),
                (
                    Self.body.replacingOccurrences(of: "}", with: #", "online": ["99"]}"#), .unprocessableContent,
                    "99"
                ),
                (
                    Self.body.replacingOccurrences(of: "}", with: #", "latestEnd": "2026-06-10"}"#),
                    .unprocessableContent, "latest end date"
                ),
                (
                    Self.body.replacingOccurrences(of: "}", with: #", "timeLimitSeconds": 0}"#), .unprocessableContent,
                    "timeLimitSeconds"
                ),
                (
                    Self.body.replacingOccurrences(of: "2026-06-01", with: "2025-06-01"), .unprocessableContent,
                    "outside the term"
                ),
            ]
            for (body, status, says) in cases {
                let response = try await Self.post(body, as: "sam", world: world, client: client)
                #expect(response.status == status, "\(body): \(response.text)")
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.text.contains(says), "\(body): \(response.text)")
            }
            #expect(try await Self.runs(world).isEmpty)
        }
    }

    @Test("lecturers and delegates can neither start a run nor read one")
    func staffOnly() async throws {
        try await ServiceWorld.with { world, client in
            let started = try await Self.post(Self.body, as: "ada", world: world, client: client)
            let location = try #require(started.headers[.location])
            for username in ["lan", "an"] {
                #expect(try await Self.post(Self.body, as: username, world: world, client: client).status == .notFound)
                let read = try await client.execute(uri: location, method: .get, headers: world.headers(username))
                #expect(read.status == .notFound)
            }
            #expect(try await Self.runs(world).count == 1)
        }
    }
}

extension JSONValue {
    /// An object's members; `nil` for any other value.
    fileprivate var members: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }
}
