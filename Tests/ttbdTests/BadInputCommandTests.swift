import Foundation
import TestSupport
import Testing

/// Every reader refuses a broken export (a NUL byte, a cell of megabytes, a name longer than a name may be)
/// as bad data: exit 65, the file's line and column, the limit in the message, and not one row changed.
@Suite("Broken files are refused by every reader, and nothing is written", .serialized)
struct BadInputCommandTests {
    struct Case: CustomStringConvertible {
        var command: [String]
        var file: String
        var contents: String
        /// What the message must say, after the file name.
        var problem: String

        var description: String { "\(command.joined(separator: " ")) \(file): \(problem)" }
    }

    static let huge = String(repeating: "A", count: 2 << 20)
    static let longName = String(repeating: "Nguyễn ", count: 40)  // 279 characters once trimmed

    static let cases: [Case] = [
        Case(
            command: ["delegates", "import"], file: "roster.csv",
            contents: "code,full_name,body,province_code,term\nT1,Nguyễn\u{0}Văn,province_council,01,2026-2031\n",
            problem: ":2:10: a control character U+0000 (NUL)"),
        Case(
            command: ["delegates", "import", "--dry-run"], file: "roster.csv",
            contents: "code,full_name,body,province_code,term\nT1,\(huge),province_council,01,2026-2031\n",
            problem: ":2:4: the field has 2,097,152 characters; expected at most 1,000"),
        Case(
            command: ["delegates", "import"], file: "roster.csv",
            contents: "code,full_name,body,province_code,term\nT1,\(longName),province_council,01,2026-2031\n",
            problem: ":2:4: full_name has 279 characters; expected at most 200"),
        Case(
            command: ["venues", "import"], file: "venues.csv",
            contents: "code,name,province\nHCM,\(longName),79\n",
            problem: ":2:5: name has 279 characters; expected at most 200"),
        Case(
            command: ["venues", "import"], file: "venues.csv", contents: "code,name,province\nHCM,Hội\u{0}trường,79\n",
            problem: ":2:8: a control character U+0000 (NUL)"),
        Case(
            command: ["rooms", "import"], file: "rooms.csv",
            contents: "venue,code,name,capacity\nHN,\(huge),Phòng 3,40\n",
            problem: ":2:4: the field has 2,097,152 characters; expected at most 1,000"),
        Case(
            command: ["lecturers", "import"], file: "lecturers.csv",
            contents: "code,full_name,modules\nGV9,\(longName),B01\n",
            problem: ":2:5: full_name has 279 characters; expected at most 200"),
        Case(
            command: ["attendance", "import"], file: "checkins.csv",
            contents: "code,time\nT1\u{1B},2026-04-27 07:40\n", problem: ":2:3: a control character U+001B"),
        Case(
            command: ["enroll", "B-HN-01", "--from-file"], file: "enroll.csv", contents: "code\n\(huge)\n",
            problem: ":2:1: the field has 2,097,152 characters; expected at most 1,000"),
        Case(
            command: ["catalog", "import"], file: "provinces.yaml",
            contents: "provinces:\n  - {code: \"01\", name: \"Hà\u{0}Nội\", kind: \"tỉnh\", codename: \"ha_noi\"}\n",
            problem: ":2:27: a control character U+0000 (NUL)"),
        Case(
            command: ["catalog", "import", "--dry-run"], file: "provinces.yaml",
            contents: "provinces:\n  - {code: \"01\", name: \"\(longName)\", kind: \"tỉnh\", codename: \"ha_noi\"}\n",
            problem: ":2:24: 'name' of a province has 279 characters; expected at most 200"),
    ]

    @Test("exit 65 at the line and column, with the limit named; the database is unchanged", arguments: cases)
    func refused(_ bad: Case) async throws {
        try await SessionsWorld.with { world in
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let path = try SessionsWorld.write(bad.contents, in: folder, as: bad.file)
            let before = try await world.database.fingerprint()
            let output = try await CommandLineTool.run(bad.command + [path], environment: world.environment)
            #expect(output.status == 65, "\(output.text.prefix(500))")
            #expect(output.standardError.contains(path + bad.problem), "\(output.standardError.prefix(500))")
            #expect(output.standardError.utf8.count < 2_000, "the message repeats the megabytes it refused")
            let after = try await world.database.fingerprint()
            #expect(after == before, "changed: \(after.differences(from: before))")
        }
    }
}
