import Foundation
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// SIGTERM stops `ttbd serve` gracefully: a request already in flight still gets its answer, then the
/// process exits 0.
@Suite("Graceful shutdown")
struct GracefulShutdownTests {
    @Test("a request in flight when SIGTERM arrives is answered, then the process exits 0")
    func inFlightRequestFinishes() async throws {
        try await TestDatabase.with { testDatabase in
            try await testDatabase.run { database in
                let world = try await ServiceWorld.make(database)
                let errors = Pipe()
                let server = try JobProcessesTests.serve(testDatabase.url, arguments: ["--no-jobs"], errors: errors)
                defer { if server.isRunning { server.terminate() } }
                let port = try #require(Self.port(announcedIn: errors))

                // Holds the classes table, so the request below waits in the database until the lock goes.
                try await database.withConnection { lock in
                    try await lock.query("BEGIN", logger: TestCluster.logger)
                    try await lock.query("LOCK TABLE classes IN ACCESS EXCLUSIVE MODE", logger: TestCluster.logger)
                    var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/classes")!)
                    request.setValue("Bearer \(world.tokens["ada"]!)", forHTTPHeaderField: "Authorization")
                    let pending = Task { try await URLSession.shared.data(for: request) }
                    var waiting = 0
                    for _ in 0..<100 where waiting == 0 {
                        try await Task.sleep(for: .milliseconds(100))
                        waiting = try await JobProcessesTests.value(
                            "SELECT count(*)::int FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
                            in: database)
                    }
                    #expect(waiting == 1)
                    server.terminate()
                    try await lock.query("COMMIT", logger: TestCluster.logger)
                    let (_, response) = try await pending.value
                    #expect((response as? HTTPURLResponse)?.statusCode == 200)
                }
                server.waitUntilExit()
                #expect(server.terminationStatus == 0)
            }
        }
    }

    /// The port of the `listening` log line `ttbd serve` writes on stderr when it is ready.
    static func port(announcedIn pipe: Pipe) -> Int? {
        var text = ""
        while !text.contains("\"message\":\"listening\"") {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { return nil }
            text += String(decoding: data, as: UTF8.self)
        }
        for line in text.split(separator: "\n") {
            guard let fields = try? JSONDecoder().decode([String: String].self, from: Data(line.utf8)),
                fields["message"] == "listening", let address = fields["address"]
            else { continue }
            return address.split(separator: ":").last.flatMap { Int($0) }
        }
        return nil
    }
}
