import Foundation
import TestSupport
import Testing
import TrainingModel

/// `kill -9` at a random moment of each write command leaves its database as before or as after the command,
/// never in between, and the command run again completes. `TTBD_FAULT_KILLS` sets the attempts per command
/// (3 in the suite; the long run takes 20 or more).
@Suite("Commands killed mid-write leave everything or nothing")
struct KilledCommandTests {
    static let kills = ProcessInfo.processInfo.environment["TTBD_FAULT_KILLS"].flatMap(Int.init) ?? 3

    @Suite("every other path, one at a time", .serialized)
    struct Even {
        @Test("kill -9 at random moments", arguments: WritePath.halves[0])
        func killed(_ path: WritePath) async throws { try await KilledCommandTests.killed(path) }
    }

    @Suite("the paths in between, one at a time", .serialized)
    struct Odd {
        @Test("kill -9 at random moments", arguments: WritePath.halves[1])
        func killed(_ path: WritePath) async throws { try await KilledCommandTests.killed(path) }
    }

    static func killed(_ path: WritePath) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { base in
            let world = try await FaultWorld.prepare(base, folder: folder.path, delegates: 1_500, for: path)
            let before = try await base.fingerprint()
            try await world.withCompleteRun(of: path) { complete in
                // The kills land anywhere in the time a complete run takes.
                var generator = RandomGenerator(seed: UInt64(path.name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
                var tally = FaultTally()
                for _ in 0..<Self.kills {
                    let delay = 0.02 + generator.nextUnit() * complete.seconds * 1.2
                    try await base.withCopy { copy in
                        let attempt = world.on(copy)
                        let killed = try await attempt.ttbd(path.arguments(attempt), killAfter: delay)
                        #expect([0, CommandLineTool.killedStatus].contains(killed.status), "\(path): \(killed.text)")
                        try await tally.judge(
                            path, on: attempt, untouched: before, completed: complete,
                            comment: String(format: "a kill at %.2f s", delay))
                    }
                }
                print(
                    "faults: \(path) — \(Self.kills) kills in \(String(format: "%.2f", complete.seconds)) s runs: \(tally)"
                )
                #expect(tally.other == 0)
            }
        }
    }
}
