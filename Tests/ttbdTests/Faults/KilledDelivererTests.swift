import Foundation
import TestSupport
import Testing
import TrainingModel

/// `ttbd outbox deliver`, and `ttbd serve` with its deliverer, killed with SIGKILL at random moments while they
/// send, then run again to the end: every notice reaches the SMTP server, and one reaches it twice only when a
/// kill fell between its sending and its recording, with the same Message-ID, so a receiver can tell.
/// `TTBD_FAULT_KILLS` sets the kills (3 in the suite).
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

    @Test(
        "ttbd serve killed while its deliverer sends, then started again: each notice received, twice only with its Message-ID"
    )
    func serveKilledWhileSending() async throws {
        let kills = KilledCommandTests.kills
        try await NoticeWorld.with(count: 300) { world in
            try await SMTPSink.with { sink in
                var generator = RandomGenerator(seed: 12)
                for _ in 0..<kills {
                    let delay = 0.2 + generator.nextUnit() * 1.5
                    try await MeService.with(database: world.database, environment: sink.environment) { service in
                        try await Task.sleep(for: .seconds(delay))
                        kill(service.processIdentifier, SIGKILL)
                    }
                }
                try await MeService.with(database: world.database, environment: sink.environment) { _ in
                    try await world.waitUntilSettled()
                }
                #expect(try await world.states() == ["delivered": 300, "failed": 1])
                let ids = try sink.messageIDs()
                #expect(Set(ids).count == 300, "every notice reached the server")
                #expect(ids.count - Set(ids).count <= kills, "no duplicate beyond one per kill")
                print(
                    "faults: ttbd serve delivering — \(kills) kills: \(ids.count - Set(ids).count) notices received twice"
                )
            }
        }
    }
}
