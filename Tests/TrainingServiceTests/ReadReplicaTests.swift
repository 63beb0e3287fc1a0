import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingService

/// Issue 20: delegates' polling reads (`/v1/me/schedule`, the calendar feed) answered by a real streaming replica
/// (`pg_basebackup -R` of a private primary, a hot standby beside it) while it is fresh; skipped, with the primary
/// answering, once it lags beyond the bound or stops. Which server answered is told by the data: with the
/// standby's replay paused, a module renamed on the primary shows its old title only where the standby answers.
@Suite("Read replicas")
struct ReadReplicaTests {
    @Test("a fresh replica answers; one that lags past the bound, or stops, is skipped and the primary answers")
    func replica() async throws {
        try await DatabaseRestartTests.withMigratedCluster(named: "replica") { cluster, settings in
            try await Database.run(settings, logger: TestCluster.logger) { primary in
                let world = try await ServiceWorld.make(primary)
                let standby = try await offCooperativePool {
                    try StreamingStandby.start(of: cluster, in: "\(cluster.home)/standby")
                }
                defer { try? standby.stop() }
                try await Database.run(standby.settings(like: settings), logger: TestCluster.logger, probing: false) {
                    replica in
                    let api = TrainingAPI(
                        database: primary,
                        configuration: ServiceConfiguration(jobsInterval: nil, maxReplicaLag: .seconds(5)),
                        logger: ServiceWorld.quiet, now: { ServiceWorld.now }, readReplicas: [replica])
                    try await api.application().test(.live) { client in
                        let headers = world.headers("an")
                        func firstSession() async throws -> (code: String, title: String) {
                            let response = try await client.execute(
                                uri: "/v1/me/schedule", method: .get, headers: headers)
                            #expect(response.status == .ok, "\(String(buffer: response.body))")
                            let page =
                                try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                            let first = try #require((page?["items"] as? [[String: Any]])?.first)
                            return (
                                try #require(first["moduleCode"] as? String),
                                try #require(first["moduleTitle"] as? String)
                            )
                        }
                        func feed() async throws -> String {
                            let response = try await client.execute(
                                uri: "/v1/calendar/\(world.feedToken).ics", method: .get)
                            #expect(response.status == .ok)
                            return String(buffer: response.body)
                        }
                        let (code, title) = try await firstSession()
                        // The standby stops replaying; the primary renames the module.
                        try await replica.client.query("SELECT pg_wal_replay_pause()", logger: TestCluster.logger)
                        let renamed = title + " (đổi tên)"
                        try await primary.client.query(
                            "UPDATE modules SET title = \(renamed) WHERE code = \(code)", logger: TestCluster.logger)
                        // Within the 5 s bound the replica is fresh and answers, with what it holds.
                        #expect(try await firstSession().title == title, "the replica did not answer")
                        #expect(try await feed().contains(title.prefix(20)))
                        #expect(!(try await feed().contains("(đổi tên)")))
                        // Past it, the replica is skipped: the primary answers with the new title.
                        var current = title
                        for _ in 0..<60 where current != renamed {
                            try await Task.sleep(for: .milliseconds(500))
                            current = try await firstSession().title
                        }
                        #expect(current == renamed, "a replica lagging past the bound still answered")
                        #expect(try await feed().contains("(đổi tên)"))

                        // Replaying again it catches up and is fresh; then it stops, and no request fails: one that
                        // meets it dead falls back to the primary.
                        try await replica.client.query("SELECT pg_wal_replay_resume()", logger: TestCluster.logger)
                        try await Task.sleep(for: .seconds(2))
                        try await offCooperativePool { try standby.stop() }
                        for _ in 0..<10 {
                            #expect(try await firstSession().title == renamed)
                        }
                    }
                }
            }
        }
    }
}
