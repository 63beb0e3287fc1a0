import Foundation
import TestSupport
import Testing
import TrainingModel

/// Issue 15's acceptance: the walk-through of `EndToEndTests` (a class from enrollment to certificates and its
/// reports), run as a person runs it under `LANG=vi_VN.UTF-8`, prints no English word: every run of ASCII letters
/// in what it prints is a code, a name or another identifier of the allow-list; under `LANG=en_US.UTF-8`, its only
/// Vietnamese words are those of its data.
@Suite("The walk-through in Vietnamese")
struct VietnameseWalkThroughTests {
    /// Codes, names written without marks, identifiers a person types (the time zone, file names), and the
    /// Vietnamese syllables without marks of the tables' headings and the catalog's translations.
    static let identifiers: Set<String> = {
        let typed: Set<String> = [
            "B", "HN", "N", "P", "GV", "CT", "GCN", "Asia", "Ho", "Chi", "Minh", "An", "Hoa", "Lan", "Thu", "x",
            "csv", "tmp", "ttbd", "dai", "bieu",
        ]
        let headings: Set<String> = ["ghi", "danh", "Danh", "Tham", "Tin"]
        let translated = MessageCatalog.vietnamese.values.flatMap { asciiRuns(in: $0) }
        return typed.union(headings).union(translated)
    }()

    static func asciiRuns(in text: String) -> [String] {
        text.split { !$0.isLetter }.map(String.init).filter { $0.allSatisfy(\.isASCII) }
    }

    /// The runs of ASCII letters in `text` that are not identifiers: English a Vietnamese reader would meet.
    static func englishWords(in text: String) -> [String] {
        asciiRuns(in: text).filter { !identifiers.contains($0) && !Self.isTemporaryName($0) }
    }

    /// The random part of a temporary folder's name (`ttbd-1a2b3c4d`).
    static func isTemporaryName(_ run: String) -> Bool {
        run.allSatisfy(\.isHexDigit)
    }

    @Test("under LANG=vi_VN.UTF-8 every sentence of the walk-through is Vietnamese")
    func vietnamese() async throws {
        let printed = try await Self.walkThrough(language: ["TTBD_LANG": "", "LANG": "vi_VN.UTF-8"])
        for (command, text) in printed {
            #expect(Self.englishWords(in: text).isEmpty, "ttbd \(command) printed English:\n\(text)")
        }
        let all = printed.map(\.text).joined(separator: "\n")
        #expect(all.contains("0105 Phạm Thu Hà: đã ghi danh (nhóm N1), từ danh sách chờ."))
        #expect(all.contains("Đã cấp 2 giấy chứng nhận mới cho lớp B-HN-01."))
    }

    @Test("under LANG=en_US.UTF-8 the walk-through's only Vietnamese is its data: names, titles, places")
    func english() async throws {
        let printed = try await Self.walkThrough(language: ["TTBD_LANG": "", "LANG": "en_US.UTF-8"])
        let catalog = try FileManager.default.subpathsOfDirectory(atPath: EnrollCommandWorld.catalog)
            .filter { $0.hasSuffix(".yaml") }
            .map { try String(contentsOfFile: "\(EnrollCommandWorld.catalog)/\($0)", encoding: .utf8) }
        let data = Set(
            ([EndToEndTests.roster, Self.typedData] + catalog).flatMap { Self.vietnameseWords(in: $0) })
        for (command, text) in printed {
            let sentences = Self.vietnameseWords(in: text).filter { !data.contains($0) }
            #expect(sentences.isEmpty, "ttbd \(command) printed Vietnamese that is not data: \(sentences)\n\(text)")
        }
        let all = printed.map(\.text).joined(separator: "\n")
        #expect(all.contains("Issued 2 new certificates for class B-HN-01."))
    }

    /// What the walk-through types that is Vietnamese: names of places and people.
    static let typedData = "Hội trường Hà Nội Phòng 1 Trần Thị Hoa"

    /// The words of `text` with a letter beyond ASCII: Vietnamese, in a text otherwise English.
    static func vietnameseWords(in text: String) -> [String] {
        text.split { !$0.isLetter }.map(String.init).filter { !$0.allSatisfy(\.isASCII) }
    }

    /// Runs the walk-through of `EndToEndTests` (a class from enrollment to certificates and its reports) as a
    /// person runs it in `language`'s environment; each command with what it printed.
    static func walkThrough(language: [String: String]) async throws -> [(command: String, text: String)] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        return try await TestDatabase.with { database in
            let environment = language.merging(["DATABASE_URL": database.url, "LC_ALL": "", "LC_MESSAGES": ""]) { $1 }
            var printed: [(command: String, text: String)] = []
            func ttbd(_ arguments: String..., expect status: Int32 = 0) async throws {
                let output = try await CommandLineTool.run(arguments, environment: environment)
                #expect(output.status == status, "ttbd \(arguments.joined(separator: " ")): \(output.text)")
                printed.append((arguments.joined(separator: " "), output.text))
            }
            let rosterFile = "\(folder.path)/dai-bieu.csv"
            try EndToEndTests.roster.write(toFile: rosterFile, atomically: true, encoding: .utf8)
            try await ttbd("catalog", "import", EnrollCommandWorld.catalog)
            try await ttbd("delegates", "import", rosterFile)
            try await ttbd("venues", "add", "--code", "HN", "--name", "Hội trường Hà Nội", "--province", "01")
            try await ttbd("rooms", "add", "--venue", "HN", "--code", "P1", "--name", "Phòng 1", "--capacity", "50")
            try await ttbd("lecturers", "add", "--code", "GV1", "--name", "Trần Thị Hoa", "--modules", "B01,B02")
            try await ttbd(
                "classes", "create", "--code", "B-HN-01", "--curriculum", "CT-B", "--modules", "B01,B02",
                "--capacity", "3", "--venue", "HN", "--from", "2026-06-01", "--to", "2026-06-05")
            try await ttbd("enroll", "B-HN-01", "--where", "province=01,first-time")
            try await ttbd("withdraw", "B-HN-01", "0102")
            for (module, date, slot) in [
                ("B01", "2026-06-01", "morning"), ("B02", "2026-06-01", "afternoon"), ("B02", "2026-06-02", "morning"),
            ] {
                try await ttbd(
                    "sessions", "add", "--class", "B-HN-01", "--module", module, "--date", date, "--slot", slot,
                    "--room", "P1", "--lecturer", "GV1")
            }
            try await ttbd(
                "sessions", "add", "--class", "B-HN-01", "--module", "B02", "--date", "2026-06-01", "--slot", "morning",
                "--room", "P1", expect: 65)
            try await ttbd("attendance", "mark", "1", "--present", "0101,0105", "--late", "0106")
            try await ttbd("attendance", "mark", "2", "--present", "0101", "--late", "0105", "--excused", "0106")
            try await ttbd("attendance", "mark", "3", "--present", "0101,0105")
            try await ttbd("attendance", "close", "1")
            try await ttbd("attendance", "close", "2")
            try await ttbd("attendance", "close", "3")
            try await ttbd("certificates", "issue", "B-HN-01")
            try await ttbd("certificates", "verify", "GCN-2026-000001")
            try await ttbd("report", "attendance", "--class", "B-HN-01")
            try await ttbd("report", "golden-time", "--term", "2026-2031", "--today", "2026-06-10")

            return printed
        }
    }
}
