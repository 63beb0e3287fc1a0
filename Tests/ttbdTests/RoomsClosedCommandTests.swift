import Testing

@Suite("ttbd rooms closed on the command line")
struct RoomsClosedCommandTests {
    @Test("a closure is recorded in the venue's time, listed, and keeps sessions out of the room")
    func closure() async throws {
        try await SessionsWorld.with { world in
            let added = try await world.ttbd(
                "rooms", "closed", "HN/P1", "--from", "2026-05-11", "--to", "2026-05-11", "--reason", "hội nghị")
            #expect(added.status == 0, "\(added.text)")
            #expect(
                added.standardOutput == "Room HN/P1 is closed on 2026-05-11 (hội nghị).")
            let listed = try await world.ttbd("rooms", "closed", "HN/P1", "--format", "csv")
            #expect(listed.standardOutput == "from,to,kind,reason\n2026-05-11 00:00,2026-05-12 00:00,closure,hội nghị")
            let refused = try await world.ttbd(
                "sessions", "add", "--class", "B-HN-02", "--module", "B01", "--date", "2026-05-11", "--slot",
                "morning", "--room", "P1")
            #expect(refused.status == 65)
            #expect(
                refused.standardError == "room HN/P1 is closed from 2026-05-11 00:00 to 2026-05-12 00:00 (hội nghị)")
        }
    }

    @Test("a name that is not VENUE/ROOM is a usage error; an unknown room changes nothing")
    func refusals() async throws {
        try await SessionsWorld.with { world in
            let before = try await world.digest(["unavailability", "audit_log"])
            let malformed = try await world.ttbd("rooms", "closed", "P1", "--from", "2026-05-11", "--to", "2026-05-11")
            #expect(malformed.status == 64)
            let unknown = try await world.ttbd("rooms", "closed", "HN/P9", "--from", "2026-05-11", "--to", "2026-05-11")
            #expect(unknown.status == 65)
            #expect(unknown.standardError == "no room has the name HN/P9; `ttbd rooms list` shows the rooms")
            #expect(try await world.digest(["unavailability", "audit_log"]) == before)
        }
    }
}
