import Foundation
import PostgresInfrastructure
import TestSupport
import Testing
import TrainingModel

/// PostgreSQL stopped in immediate mode (a crash) in the middle of each write command and started again: the
/// command ends with exit 69 and says the database went away (or finished first, exit 0), never waits
/// forever; the database recovers to the state before or after the command. The server is a private cluster
/// of this test, so the other tests' server is never disturbed. `TTBD_FAULT_CRASHES` sets the crashes per
/// command (1 in the suite; the roster import, whose COPY once hung for good, always gets 3).
@Suite("Commands whose server crashes mid-write end with exit 69 and leave everything or nothing")
struct CrashedServerTests {
    static let crashes = ProcessInfo.processInfo.environment["TTBD_FAULT_CRASHES"].flatMap(Int.init) ?? 1

    @Suite("every other path, one at a time", .serialized)
    struct Even {
        @Test("pg_ctl stop -m immediate mid-command, then start", arguments: WritePath.halves[0])
        func crashed(_ path: WritePath) async throws { try await CrashedServerTests.crashed(path) }
    }

    @Suite("the paths in between, one at a time", .serialized)
    struct Odd {
        @Test("pg_ctl stop -m immediate mid-command, then start", arguments: WritePath.halves[1])
        func crashed(_ path: WritePath) async throws { try await CrashedServerTests.crashed(path) }
    }

    static func crashed(_ path: WritePath) async throws {
        let home = ProcessInfo.processInfo.environment["TTBD_TEST_HOME"] ?? NSTemporaryDirectory()
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await FaultCluster.with(home: "\(home)/crash-\(UUID().uuidString.prefix(8))") { server in
            let base = server.database
            // The roster import gets a roster long enough for the crash to land in its COPY.
            let delegates = path.name == "delegates import" ? 20_000 : 1_500
            let world = try await FaultWorld.prepare(base, folder: folder.path, delegates: delegates, for: path)
            let before = try await base.fingerprint()
            try await world.withCompleteRun(of: path) { complete in
                var generator = RandomGenerator(seed: UInt64(path.name.utf8.reduce(7) { $0 &* 31 &+ UInt64($1) }))
                var tally = FaultTally()
                let attempts = path.name == "delegates import" ? max(3, Self.crashes) : Self.crashes
                for _ in 0..<attempts {
                    let delay = 0.1 + generator.nextUnit() * complete.seconds
                    try await base.withCopy { copy in
                        try await server.checkpoint()
                        let attempt = world.on(copy)
                        async let run = attempt.ttbd(path.arguments(attempt), killAfter: 60)
                        try await Task.sleep(for: .seconds(delay))
                        try await server.crash(restartingAfter: 1)
                        let output = try await run
                        #expect(
                            output.status == 0 || output.status == 69, "\(path): exit \(output.status) \(output.text)")
                        if output.status == 69 {
                            #expect(output.standardError.contains("database"), "\(path): \(output.standardError)")
                        }
                        try await tally.judge(
                            path, on: attempt, untouched: before, completed: complete,
                            comment: String(format: "a crash at %.2f s", delay))
                    }
                }
                print("faults: \(path) — \(attempts) crashes: \(tally)")
                #expect(tally.other == 0)
            }
        }
    }
}
