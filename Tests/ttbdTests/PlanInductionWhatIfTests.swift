import Foundation
import TestSupport
import Testing

@Suite("ttbd plan induction --what-if")
struct PlanInductionWhatIfTests {
    /// One week for a national roster of 500 with six lecturers: many classes cannot be scheduled.
    static let arguments = [
        "plan", "induction", "--program", "CT-B", "--term", "2026-2031", "--within", "2026-05-04..2026-05-08",
        "--class-size", "120", "--time-limit", "5s", "--seed", "3", "--what-if",
    ]

    @Test("the table and the JSON give each change with its effect; nothing is written")
    func answers() async throws {
        try await PlanInductionWorld.with { world in
            let before = try await world.digest()
            let table = try await world.ttbd(Self.arguments)
            #expect(table.status == 0, "\(table.text)")
            let lines = table.standardOutput.split(separator: "\n").map(String.init)
            #expect(
                lines.first == "Induction of CT-B, term 2026-2031, 2026-05-04 to 2026-05-08, classes of at most 120:")
            #expect(lines.contains("What would place them, each change tried alone:"))
            #expect(lines.contains { $0.hasPrefix("1. More lecturers: ") })
            #expect(lines.contains { $0.hasPrefix("   module") && $0.hasSuffix("number of provinces") })
            #expect(lines.contains { $0.hasPrefix("   B08 ") && $0.contains("2026-05") })
            #expect(lines.contains { $0.hasPrefix("2. End on ") || $0.hasPrefix("2. No end date up to ") })
            #expect(lines.contains { $0.hasPrefix("3. Larger classes do not help: classes of up to 120 already fill") })
            // Six lecturers for the whole country are the bottleneck: online classes need them just as much.
            #expect(
                lines.contains(
                    "4. Teaching online places none of them: the sittings or the lecturers' calendars keep them out."))
            #expect(lines.last?.hasPrefix("Plans made: ") == true)
            #expect(lines.last?.hasSuffix(" s; nothing was written.") == true)

            let json = try await world.ttbd(Self.arguments + ["--format", "json"])
            #expect(json.status == 0, "\(json.text)")
            let answer = try #require(
                try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
            let leftOut = try #require(answer["leftOutCount"] as? Int)
            #expect(leftOut > 0)
            let suggestions = try #require(answer["suggestions"] as? [[String: Any]])
            #expect(suggestions.map { $0["kind"] as? String } == ["lecturers", "end-date", "class-size", "online"])
            for suggestion in suggestions {
                #expect((suggestion["places"] as? Int ?? -1) + (suggestion["remaining"] as? Int ?? -1) == leftOut)
                #expect((suggestion["explanation"] as? String)?.isEmpty == false)
            }
            let needs = try #require(suggestions[0]["lecturers"] as? [String: Any])
            let rows = try #require(needs["rows"] as? [[String: Any]])
            #expect(rows.allSatisfy { ($0["halfDays"] as? Int ?? 0) > 0 && ($0["month"] as? String) == "2026-05" })
            let modules = try #require(needs["modules"] as? [[String: Any]])
            #expect(modules.map { $0["module"] as? String } == (1...8).map { "B0\($0)" })
            #expect(try await world.digest() == before)
        }
    }

    /// --latest-end without --what-if or not a day, and an --online province that is not a code: 64. A latest end
    /// before the window's end, or an online province the catalog lacks: 65.
    @Test("bad --latest-end and --online arguments exit 64, refused values 65")
    func badArguments() async throws {
        try await PlanInductionWorld.with { world in
            let base = Array(Self.arguments.dropLast())
            let missing = try await world.ttbd(base + ["--latest-end", "2026-06-30"])
            #expect(missing.status == 64, "\(missing.text)")
            #expect(missing.standardError.contains("--latest-end needs --what-if"))
            let notADay = try await world.ttbd(Self.arguments + ["--latest-end", "2026-02-30"])
            #expect(notADay.status == 64, "\(notADay.text)")
            let early = try await world.ttbd(Self.arguments + ["--latest-end", "2026-05-06"])
            #expect(early.status == 65, "\(early.text)")
            #expect(early.standardError.hasPrefix("the latest end date 2026-05-06 must be after the window's end"))
            let notACode = try await world.ttbd(Self.arguments + ["--online", "7"])
            #expect(notACode.status == 64, "\(notACode.text)")
            #expect(notACode.standardError.contains("--online"))
            let unknown = try await world.ttbd(Self.arguments + ["--online", "01,99"])
            #expect(unknown.status == 65, "\(unknown.text)")
            #expect(unknown.standardError.contains("no province has the code 99"))
        }
    }
}
