import Foundation
import PostgresNIO
import TestSupport
import Testing

/// Names that would recolour a terminal (ESC[31m) or reorder what it shows (U+202E) are refused at import,
/// with their line and column, and any already in the database print as U+FFFD.
@Suite("Control characters and direction marks in names")
struct TerminalSafetyTests {
    static let header = "code,full_name,body,province_code,commune_code,term\n"

    @Test(
        "a roster with a control character or a direction mark is refused at its place, and nothing is written",
        arguments: [("\u{1B}[31mĐỏ", "U+001B"), ("Nguyễn \u{202E}Văn An", "U+202E"), ("Lê\u{0085}Văn", "U+0085")])
    func refusedAtImport(name: String, named: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            let environment = ["DATABASE_URL": database.url]
            _ = try await CommandLineTool.run(
                ["catalog", "import", EnrollCommandWorld.catalog], environment: environment)
            let path = "\(folder.path)/roster.csv"
            try
                (Self.header
                + "T1,Trần Thị Bình,commune_council,01,00004,2026-2031\nT2,\(name),commune_council,01,00004,2026-2031\n")
                .write(toFile: path, atomically: true, encoding: .utf8)
            let imported = try await CommandLineTool.run(["delegates", "import", path], environment: environment)
            #expect(imported.status == 65, "\(imported.text)")
            #expect(imported.standardError.contains("roster.csv:3:"), "\(imported.text)")
            #expect(imported.standardError.contains(named), "\(imported.text)")
            let listed = try await CommandLineTool.run(["delegates", "list"], environment: environment)
            #expect(!listed.standardOutput.contains("T1"), "nothing of the file was written")
        }
    }

    @Test("a name already holding them prints as U+FFFD in show and list")
    func neutralisedOnOutput() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            let environment = ["DATABASE_URL": database.url]
            _ = try await CommandLineTool.run(
                ["catalog", "import", EnrollCommandWorld.catalog], environment: environment)
            try (Self.header + "T1,Trần Thị Bình,commune_council,01,00004,2026-2031\n")
                .write(toFile: "\(folder.path)/roster.csv", atomically: true, encoding: .utf8)
            _ = try await CommandLineTool.run(
                ["delegates", "import", "\(folder.path)/roster.csv"], environment: environment)
            try await database.run { pool in
                _ = try await pool.client.query(
                    "UPDATE delegates SET full_name = \("\u{1B}[31mTrần \u{202E}Thị Bình") WHERE code = 'T1'",
                    logger: TestCluster.logger)
            }
            for command in [["delegates", "show", "T1"], ["delegates", "list"]] {
                let output = try await CommandLineTool.run(command, environment: environment)
                #expect(output.status == 0, "\(output.text)")
                #expect(!output.standardOutput.contains("\u{1B}"), "\(command)")
                #expect(!output.standardOutput.contains("\u{202E}"), "\(command)")
                #expect(output.standardOutput.contains("\u{FFFD}[31mTrần \u{FFFD}Thị Bình"), "\(command)")
            }
        }
    }
}
