import Foundation
import TestSupport
import Testing

@Suite("ttbd classes on the command line")
struct ClassesCommandTests {
    @Test("create, list (table and CSV) and show a class")
    func createListShow() async throws {
        try await EnrollCommandWorld.with { world in
            let created = try await world.ttbd(
                "classes", "create", "--code", "B-HN-01", "--curriculum", "CT-B", "--modules", "B01,B02",
                "--capacity", "40", "--venue", "HN", "--from", "2026-05-04", "--to", "2026-05-29", "--cohorts", "2")
            #expect(created.status == 0, "\(created.text)")
            #expect(
                created.standardOutput
                    == "Created class B-HN-01 of CT-B at HN, 2026-05-04 to 2026-05-29, capacity 40, cohorts N1, N2.")
            let online = try await world.ttbd(
                "classes", "create", "--code", "A-TT-01", "--curriculum", "CT-A", "--capacity", "100", "--online",
                "--from", "2026-04-06", "--to", "2026-04-10", "--audience", "full-time")
            #expect(online.status == 0, "\(online.text)")

            let list = try await world.ttbd("classes", "list")
            #expect(
                list.standardOutput.split(separator: "\n") == [
                    "Code     Program  Venue       Starts on   Ends on     Capacity  Enrolled  Waitlisted  Status",
                    "A-TT-01  CT-A     trực tuyến  06/04/2026  10/04/2026  100       0         0           planned",
                    "B-HN-01  CT-B     HN          04/05/2026  29/05/2026  40        0         0           planned",
                    "2 classes",
                ])
            let csv = try await world.ttbd("classes", "list", "--curriculum", "CT-A", "--format", "csv")
            #expect(
                csv.standardOutput
                    == "code,program,venue,starts_on,ends_on,capacity,enrolled,waitlisted,status\nA-TT-01,CT-A,,2026-04-06,2026-04-10,100,0,0,planned"
            )

            let show = try await world.ttbd("classes", "show", "B-HN-01")
            #expect(show.status == 0, "\(show.text)")
            let lines = show.standardOutput.split(separator: "\n")
            #expect(lines.first == "Mã lớp         B-HN-01")
            #expect(lines.contains("Địa điểm       HN Hội trường Hà Nội"))
            #expect(lines.contains("Nhóm           N1 (0), N2 (0)"))
            #expect(lines.contains("Chuyên đề      B01, B02"))
            #expect(lines.contains("Buổi học       0 planned, 0 held, 0 cancelled"))
            #expect(lines.contains("Chuyên cần     — (no session held yet)"))
            let json = try await world.ttbd("classes", "show", "A-TT-01", "--format", "json")
            let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
            #expect(object?["audience"] as? [String] == ["full-time"])
            #expect((object?["modules"] as? [String])?.count == 7)
            #expect(object?["online"] as? Bool == true)
        }
    }

    @Test("wrong options exit 64; a program, module or venue that does not fit exits 65 and writes nothing")
    func refusals() async throws {
        try await EnrollCommandWorld.with { world in
            let base = ["classes", "create", "--code", "B-HN-01", "--capacity", "40", "--from", "2026-05-04"]
            func create(_ extra: String...) async throws -> (Int32, String) {
                let output = try await CommandLineTool.run(
                    base + extra, environment: ["DATABASE_URL": world.database.url])
                return (output.status, output.standardError)
            }
            let before = try await world.digest()
            let both = try await create("--curriculum", "CT-B", "--venue", "HN", "--online", "--to", "2026-05-29")
            #expect(both.0 == 64)
            #expect(both.1.contains("give either --venue CODE or --online"))
            let backwards = try await create("--curriculum", "CT-B", "--online", "--to", "2026-05-01")
            #expect(backwards.0 == 64)
            #expect(backwards.1.contains("--to 2026-05-01 is before --from 2026-05-04"))
            let audience = try await create(
                "--curriculum", "CT-B", "--online", "--to", "2026-05-29", "--audience", "new")
            #expect(audience.0 == 64)
            #expect(audience.1.contains("--audience: 'new' in 'new' is not a known condition"))
            let program = try await create("--curriculum", "CT-X", "--online", "--to", "2026-05-29")
            #expect(program == (65, "no program has the code CT-X; the programs come from `ttbd catalog import`"))
            let module = try await create(
                "--curriculum", "CT-B", "--online", "--to", "2026-05-29", "--modules", "B01,A01")
            #expect(module.0 == 65)
            #expect(module.1.hasPrefix("A01 is not a module of the program CT-B (its modules: B01, B02, B03"))
            let venue = try await create("--curriculum", "CT-B", "--venue", "HCM", "--to", "2026-05-29")
            #expect(venue == (65, "no venue has the code HCM; `ttbd venues list` shows the venues"))
            #expect(try await world.digest() == before)
        }
    }
}
