import Foundation
import TestSupport
import Testing

/// `ttbd me schedule|materials|certificates` over HTTP against a real `ttbd serve` (``MeFixture``): the
/// delegate sees what the staff's commands print about them, and nothing needs a database on their side.
@Suite("ttbd me")
struct MeCommandTests {
    @Test("me schedule prints the same weekly grid as the staff's schedule show --delegate")
    func grid() async throws {
        try await MeFixture.with { fixture in
            #expect(try await fixture.login(fixture.apiToken).status == 0)
            let mine = try await fixture.ttbd("me", "schedule")
            #expect(mine.status == 0, "\(mine.text)")
            let staff = try await fixture.world.ttbd("schedule", "show", "--delegate", "0101")
            #expect(mine.standardOutput == staff.standardOutput)
            #expect(mine.standardOutput.hasPrefix("Tuần 19: 04/05/2026 – 10/05/2026\n┌"))
            #expect(mine.standardOutput.contains("│ sáng  │ B01     │"))
            #expect(mine.standardOutput.hasSuffix("4 sessions"))
        }
    }

    @Test("--week shows Monday to Sunday of the day given; --from and --to any days")
    func period() async throws {
        try await MeFixture.with { fixture in
            let environment = ["TTBD_SERVER": fixture.service.url, "TTBD_TOKEN": fixture.apiToken]
            let week = try await fixture.ttbd("me", "schedule", "--week", "2026-05-14", environment: environment)
            #expect(week.status == 0, "\(week.text)")
            #expect(week.standardOutput.hasPrefix("Tuần 20: 11/05/2026 – 17/05/2026\n"))
            #expect(week.standardOutput.hasSuffix("1 session"))
            let days = try await fixture.ttbd(
                "me", "schedule", "--from", "2026-05-04", "--to", "2026-05-06", "--format", "json",
                environment: environment)
            #expect(days.status == 0, "\(days.text)")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(days.standardOutput.utf8)) as? [[String: Any]])
            #expect(rows.map { $0["id"] as? Int } == [1, 2])
            let both = try await fixture.ttbd("me", "schedule", "--week", "2026-05-14", "--from", "2026-05-01")
            #expect(both.status == 64)
            #expect(both.standardError.contains("give --week, or --from and --to, not both"))
        }
    }

    @Test("--format json is the staff's JSON of the same sessions, field for field")
    func json() async throws {
        try await MeFixture.with { fixture in
            #expect(try await fixture.login(fixture.apiToken).status == 0)
            let mine = try await fixture.ttbd("me", "schedule", "--format", "json")
            #expect(mine.status == 0, "\(mine.text)")
            let staff = try await fixture.world.ttbd("schedule", "show", "--delegate", "0101", "--format", "json")
            #expect(mine.standardOutput == staff.standardOutput)
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(mine.standardOutput.utf8)) as? [[String: Any]])
            #expect(rows.map { $0["id"] as? Int } == [1, 2, 6, 5])
            #expect(rows[0]["startsAt"] as? String == "2026-05-04T00:30:00Z")
            #expect(rows[0]["lecturerNames"] as? [String] == ["Trần Thị Hoa"])
        }
    }

    @Test("--format ics is an iCalendar document of the delegate's sessions")
    func ics() async throws {
        try await MeFixture.with { fixture in
            #expect(try await fixture.login(fixture.apiToken).status == 0)
            let mine = try await fixture.ttbd("me", "schedule", "--format", "ics")
            #expect(mine.status == 0, "\(mine.text)")
            let lines = mine.standardOutput.components(separatedBy: "\r\n")
            #expect(lines.first == "BEGIN:VCALENDAR")
            #expect(lines.last == "END:VCALENDAR")
            #expect(Set(lines.filter { $0.hasPrefix("UID:") }) == Set([1, 2, 5, 6].map { "UID:session-\($0)@ttbd" }))
        }
    }

    @Test("me materials and me certificates are tables of the delegate's own, as the staff lists show them")
    func materialsAndCertificates() async throws {
        try await MeFixture.with { fixture in
            #expect(try await fixture.login(fixture.apiToken).status == 0)
            let materials = try await fixture.ttbd("me", "materials")
            #expect(materials.status == 0, "\(materials.text)")
            let staff = try await fixture.world.ttbd("materials", "list", "--delegate", "0101")
            #expect(materials.standardOutput == staff.standardOutput)
            #expect(materials.standardOutput.contains("TL-B01"))
            let certificates = try await fixture.ttbd("me", "certificates")
            #expect(certificates.status == 0, "\(certificates.text)")
            #expect(
                certificates.standardOutput == """
                    Number           Class    Program                       Issued on   Valid
                    GCN-2026-000001  B-HN-02  CT-B Bồi dưỡng đại biểu HĐND  29/05/2026  còn hiệu lực
                    1 certificate
                    """)
            let csv = try await fixture.ttbd("me", "certificates", "--format", "csv")
            #expect(
                csv.standardOutput == """
                    number,class,program,issued_on,valid
                    GCN-2026-000001,B-HN-02,CT-B Bồi dưỡng đại biểu HĐND,2026-05-29,true
                    """)
        }
    }

    @Test("a wrong or expired token is refused with exit 77 and says to log in with a new one")
    func wrongToken() async throws {
        try await MeFixture.with { fixture in
            for token in ["ttbd_" + String(repeating: "B", count: 43), "not-a-token"] {
                let refused = try await fixture.ttbd(
                    "me", "materials", environment: ["TTBD_SERVER": fixture.service.url, "TTBD_TOKEN": token])
                #expect(refused.status == 77)
                #expect(refused.standardOutput.isEmpty)
                #expect(
                    refused.standardError.hasSuffix(
                        "run `ttbd login --server \(fixture.service.url)` with a new token from the center"))
            }
        }
    }

    @Test("with the service down, every command is unavailable (69) and names the address tried")
    func serverDown() async throws {
        try await MeFixture.with { fixture in
            let nowhere = "http://127.0.0.1:\(try MeService.freePort())"
            for command in [["me", "schedule"], ["me", "materials"], ["me", "certificates"]] {
                let down = try await CommandLineTool.run(
                    command,
                    environment: ["TTBD_SERVER": nowhere, "TTBD_TOKEN": fixture.apiToken, "HOME": fixture.config.path])
                #expect(down.status == 69)
                #expect(down.standardError.hasPrefix("cannot reach the ttbd service at \(nowhere): "))
            }
        }
    }

    @Test("a saved token goes only to the server it was saved for")
    func otherServer() async throws {
        try await MeFixture.with { fixture in
            #expect(try await fixture.login(fixture.apiToken).status == 0)
            let other = "http://127.0.0.1:\(try MeService.freePort())"
            let refused = try await fixture.ttbd("me", "schedule", "--server", other)
            #expect(refused.status == 64)
            #expect(refused.standardError.hasPrefix("not logged in to \(other): run `ttbd login --server \(other)`"))
        }
    }
}
