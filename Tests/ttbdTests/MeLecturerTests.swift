import Foundation
import TestSupport
import Testing

/// A lecturer on the command line: `ttbd me sessions` lists the sessions they teach with their ids, and
/// `ttbd me attendance mark` takes a session's attendance through the service, all marks or none, with the
/// staff's rules.
@Suite("A lecturer's own sessions and attendance")
struct MeLecturerTests {
    @Test("GV2 lists session 6, marks its delegate, and is refused a session of another lecturer and a stranger")
    func lecturer() async throws {
        try await MeFixture.with { fixture in
            let added = try await fixture.world.ttbd(
                "users", "add", "binh", "--role", "lecturer", "--name", "Lê Văn Bình", "--lecturer", "GV2")
            #expect(added.status == 0, "\(added.text)")
            let issued = try await fixture.world.ttbd("tokens", "issue", "binh")
            #expect(issued.status == 0, "\(issued.text)")
            let token = issued.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            let service = ["TTBD_SERVER": fixture.service.url, "TTBD_TOKEN": token]

            let listed = try await fixture.ttbd(
                "me", "sessions", "--from", "2026-05-01", "--format", "csv", environment: service)
            #expect(listed.status == 0, "\(listed.text)")
            let rows = listed.standardOutput.split(separator: "\n").map(String.init)
            #expect(rows.first?.hasPrefix("class,id,cohort,module,date,") == true, "\(listed.text)")
            #expect(rows.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["B-HN-02,6"])

            let marked = try await fixture.ttbd(
                "me", "attendance", "mark", "6", "--present", "0101", environment: service)
            #expect(marked.status == 0, "\(marked.text)")
            #expect(marked.standardOutput == "Marked 1 at session 6: 1 new, 0 changed, 0 unchanged.")
            let staffView = try await fixture.world.ttbd("attendance", "show", "6", "--format", "csv")
            #expect(staffView.standardOutput.contains("0101"), "\(staffView.text)")

            let stranger = try await fixture.ttbd(
                "me", "attendance", "mark", "6", "--late", "0101", "--present", "9999", environment: service)
            #expect(stranger.status != 0, "\(stranger.text)")
            #expect(stranger.standardError.contains("9999"), "\(stranger.text)")
            let again = try await fixture.world.ttbd("attendance", "show", "6", "--format", "csv")
            #expect(again.standardOutput == staffView.standardOutput, "a refused register writes nothing")

            let notTheirs = try await fixture.ttbd(
                "me", "attendance", "mark", "1", "--present", "0101", environment: service)
            #expect(notTheirs.status != 0, "\(notTheirs.text)")
            #expect(try await fixture.ttbd("me", "attendance", "mark", "6", environment: service).status == 64)
        }
    }
}
