import Foundation
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

@Suite("ttbd delegates on the command line")
struct DelegatesCommandTests {
    static let roster = """
        Mã đại biểu;Họ và tên;Giới tính;Cơ quan dân cử;Mã tỉnh;Mã xã;Nhiệm kỳ;Lần đầu
        0101;Nguyễn Văn An;nam;HĐND xã;01;00004;2026-2031;x
        0102;Đặng Thị Ánh;nữ;HĐND tỉnh;01;;2026-2031;có
        0103;Trần Văn Dũng;nam;Quốc hội;79;;2026-2031;không

        """

    func write(_ text: String, in folder: TemporaryFolder, as name: String = "roster.csv") throws -> String {
        let path = "\(folder.path)/\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs `body` with a database holding the reference data, a folder for files, and the environment that
    /// points ttbd at that database.
    func withReferenceDatabase(
        _ body: (TestDatabase, TemporaryFolder, [String: String]) async throws -> Void
    ) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            try await database.run { try await ReferenceData.load(into: $0) }
            try await body(database, folder, ["DATABASE_URL": database.url])
        }
    }

    /// A digest of every delegate and body row, to show that a refused import changed nothing.
    func contents(_ database: TestDatabase) async throws -> String {
        try await database.run { pool in
            try await pool.client.query(
                """
                SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty')
                FROM (SELECT d::text AS t FROM delegates d UNION ALL SELECT b::text FROM bodies b) rows
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
        }
    }

    @Test("import, re-import, list with accent-free search, show, and JSON and CSV output")
    func importListShow() async throws {
        try await withReferenceDatabase { database, folder, environment in
            let file = try write(Self.roster, in: folder)

            let first = try await CommandLineTool.run(["delegates", "import", file], environment: environment)
            #expect(first.status == 0, "\(first.text)")
            #expect(first.standardOutput == "Imported \(file): 3 new, 0 changed, 0 unchanged.")
            let again = try await CommandLineTool.run(["delegates", "import", file], environment: environment)
            #expect(again.standardOutput == "Imported \(file): 0 new, 0 changed, 3 unchanged.")

            let search = try await CommandLineTool.run(
                ["delegates", "list", "--search", "dang thi anh"], environment: environment)
            #expect(search.status == 0)
            let lines = search.standardOutput.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines[1].hasPrefix("0102  Đặng Thị Ánh  HĐND thành phố Hà Nội  01"))
            #expect(lines[2] == "1 delegate")

            let json = try await CommandLineTool.run(
                ["delegates", "list", "--format", "json"], environment: environment)
            let records = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
            #expect(
                records?.compactMap { $0["fullName"] as? String } == ["Nguyễn Văn An", "Đặng Thị Ánh", "Trần Văn Dũng"])
            #expect(records?.first?["bodyName"] as? String == "HĐND phường Ba Đình")
            #expect(records?.first?["body"] as? String == "commune_council")
            #expect(records?.first?["code"] as? String == "0101")

            let csv = try await CommandLineTool.run(
                ["delegates", "list", "--first-time", "--format", "csv"], environment: environment)
            #expect(csv.standardOutput.split(separator: "\n").count == 3)

            let show = try await CommandLineTool.run(["delegates", "show", "0103"], environment: environment)
            #expect(show.standardOutput.contains("Cơ quan dân cử  Quốc hội"))
            let missing = try await CommandLineTool.run(["delegates", "show", "9999"], environment: environment)
            #expect(missing.status == 65)
            #expect(missing.standardError.contains("no delegate has the code 9999"))
        }
    }

    @Test("a roster with a bad row exits 65, writes the errors CSV, and leaves the database as it was")
    func badRosterChangesNothing() async throws {
        try await withReferenceDatabase { database, folder, environment in
            #expect(
                try await CommandLineTool.run(
                    ["delegates", "import", try write(Self.roster, in: folder)], environment: environment
                ).status == 0)
            let before = try await contents(database)

            let broken =
                Self.roster.replacingOccurrences(of: "Trần Văn Dũng;nam", with: "Trần Văn Dũng;robot")
                + "0104;Lê Thị Ân;nữ;HĐND tỉnh;01;;2026-2031;x\n"
            let errors = "\(folder.path)/errors.csv"
            let refused = try await CommandLineTool.run(
                ["delegates", "import", try write(broken, in: folder, as: "broken.csv"), "--errors-to", errors],
                environment: environment)
            #expect(refused.status == 65)
            #expect(refused.standardError.contains("broken.csv:4:20: gender 'robot' is not valid"))
            #expect(
                try String(contentsOfFile: errors, encoding: .utf8).hasPrefix(
                    "line,column,message\n4,20,\"gender 'robot' is not valid"))
            #expect(try await contents(database) == before)
            let inVietnamese = try await CommandLineTool.run(
                ["delegates", "import", "\(folder.path)/broken.csv"],
                environment: environment.merging(["TTBD_LANG": "vi"]) { $1 })
            #expect(inVietnamese.status == 65)
            #expect(
                inVietnamese.standardError.contains(
                    "broken.csv:4:20: gender 'robot' không hợp lệ; cần nam, nữ, male, female hoặc other"),
                "\(inVietnamese.standardError)")

            let notUTF8 = "\(folder.path)/windows.csv"
            try
                (Data("Mã đại biểu;Họ và tên;Cơ quan dân cử;Nhiệm kỳ\n".utf8) + Data([0x30, 0x3B, 0xD0, 0x3B])
                + Data("x\n".utf8))
                .write(to: URL(fileURLWithPath: notUTF8))
            let encoding = try await CommandLineTool.run(["delegates", "import", notUTF8], environment: environment)
            #expect(encoding.status == 65)
            #expect(encoding.standardError.contains("windows.csv:2:3: the file is not UTF-8"))
            #expect(try await contents(database) == before)
        }
    }

    @Test("a dry run reports the changes and writes nothing")
    func dryRun() async throws {
        try await withReferenceDatabase { database, folder, environment in
            let before = try await contents(database)
            let output = try await CommandLineTool.run(
                ["delegates", "import", try write(Self.roster, in: folder), "--dry-run"], environment: environment)
            #expect(output.status == 0)
            #expect(output.standardOutput.hasSuffix("3 new, 0 changed, 0 unchanged.\nDry run: nothing was written."))
            #expect(try await contents(database) == before)
        }
    }
}
