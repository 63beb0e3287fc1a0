import Foundation
import TestSupport
import Testing
import TrainingModel

/// `ttbd outbox deliver` killed with SIGKILL at random moments while it sends, then run again to the end: every
/// notice reaches the SMTP server, and one reaches it twice only when a kill fell between its sending and its
/// recording, with the same Message-ID, so a receiver can tell. `TTBD_FAULT_KILLS` sets the kills (3 in the
/// suite). `ttbd serve` delivers through the same use case.
@Suite("A deliverer killed mid-send loses no notice", .serialized)
struct KilledDelivererTests {
    @Test("kill -9 while notices go out, then deliver again: each received, duplicates only with their Message-ID")
    func killedWhileSending() async throws {
        let kills = KilledCommandTests.kills
        try await NoticeWorld.with(count: 300) { world in
            try await SMTPSink.with { sink in
                var generator = RandomGenerator(seed: 21)
                for _ in 0..<kills {
                    let delay = 0.2 + generator.nextUnit() * 1.5
                    let killed = try await world.ttbd(["outbox", "deliver"], sink: sink, killAfter: delay)
                    #expect([0, CommandLineTool.killedStatus].contains(killed.status), "\(killed.text)")
                }
                let finished = try await world.ttbd(["outbox", "deliver"], sink: sink)
                #expect(finished.status == 0, "\(finished.text)")
                #expect(try await world.states() == ["delivered": 300, "failed": 1])
                let ids = try sink.messageIDs()
                #expect(Set(ids).count == 300, "every notice reached the server")
                #expect(ids.count - Set(ids).count <= kills, "no duplicate beyond one per kill")
                print("faults: outbox deliver — \(kills) kills: \(ids.count - Set(ids).count) notices received twice")
            }
        }
    }
}
