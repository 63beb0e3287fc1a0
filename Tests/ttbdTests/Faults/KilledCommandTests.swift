import Foundation
import TestSupport
import Testing
import TrainingModel

/// How the attempts on one write path ended.
struct FaultTally: CustomStringConvertible {
    /// Nothing of the command was written.
    var before = 0
    /// All of it was written: running it again changes nothing.
    var after = 0
    /// Anything else: part of a command, a hang, an unclear exit.
    var other = 0

    var description: String { "before \(before), after \(after), other \(other)" }
}

extension FaultTally {
    /// Classifies the state `database` is in after a command was stopped mid-write: as `before`, or, when
    /// something was written, as after if running the command again (bounded, so a hang fails) writes
    /// nothing more; then the command, run to its end, must succeed.
    mutating func judge(
        _ path: WritePath, on world: FaultWorld, untouched: DatabaseFingerprint, comment: String
    ) async throws {
        let stopped = try await world.database.fingerprint()
        let again = try await world.ttbd(path.arguments(world))
        if stopped == untouched {
            before += 1
            #expect(again.status == 0, "\(path) after \(comment), run again: \(again.text)")
            return
        }
        let rerun = try await world.database.fingerprint()
        if rerun == stopped && [0, 65].contains(again.status) {
            after += 1
        } else {
            other += 1
            Issue.record(
                "\(path) after \(comment) left a third state: running it again changed \(rerun.differences(from: stopped)) (exit \(again.status))"
            )
        }
    }
}

/// `kill -9` at a random moment of each write command leaves its database as before or as after the command,
/// never in between, and the command run again completes. `TTBD_FAULT_KILLS` sets the attempts per command
/// (3 in the suite; the long run takes 20 or more).
@Suite("Commands killed mid-write leave everything or nothing", .serialized)
struct KilledCommandTests {
    static let kills = ProcessInfo.processInfo.environment["TTBD_FAULT_KILLS"].flatMap(Int.init) ?? 3

    @Test("kill -9 at random moments", arguments: WritePath.all)
    func killed(_ path: WritePath) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { base in
            let world = try await FaultWorld.prepare(base, folder: folder.path, delegates: 1_500, catalog: !path.empty)
            for step in path.setUp {
                let output = try await world.ttbd(step)
                try #require(output.status == 0, "\(step): \(output.text)")
            }
            let before = try await base.fingerprint()
            // How long the command takes when nothing stops it: the kills land anywhere in that time.
            let seconds = try await base.withCopy { copy in
                let start = ContinuousClock.now
                let output = try await world.on(copy).ttbd(path.arguments(world))
                #expect(output.status == 0, "\(path): \(output.text)")
                let elapsed = ContinuousClock.now - start
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            var generator = RandomGenerator(seed: UInt64(path.name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
            var tally = FaultTally()
            for _ in 0..<Self.kills {
                let delay = 0.02 + generator.nextUnit() * seconds * 1.2
                try await base.withCopy { copy in
                    let attempt = world.on(copy)
                    let killed = try await attempt.ttbd(path.arguments(attempt), killAfter: delay)
                    #expect([0, CommandLineTool.killedStatus].contains(killed.status), "\(path): \(killed.text)")
                    try await tally.judge(
                        path, on: attempt, untouched: before, comment: String(format: "a kill at %.2f s", delay))
                }
            }
            print("faults: \(path) — \(Self.kills) kills in \(String(format: "%.2f", seconds)) s runs: \(tally)")
            #expect(tally.other == 0)
        }
    }
}
