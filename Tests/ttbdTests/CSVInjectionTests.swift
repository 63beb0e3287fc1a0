import Foundation
import Spreadsheets
import TestSupport
import Testing

@testable import ttbd

/// Issue 15: a CSV cell that starts like a formula (OWASP's list: `=`, `+`, `-`, `@`, tab, carriage return) is
/// written so that Excel and LibreOffice show it as text; numbers stay numbers.
@Suite("CSV cells that a spreadsheet would run")
struct CSVInjectionTests {
    @Test(
        "every dangerous first character gets a leading quote, and the cell is quoted when it must be",
        arguments: [
            ("=HYPERLINK(\"http://x\",\"a\")", #""'=HYPERLINK(""http://x"",""a"")""#),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "\"'\r=1\""),
        ])
    func neutralised(cell: String, written: String) {
        #expect(CSVWriter.line([cell, "x"]) == written + ",x")
    }

    @Test("plain numbers, signed or not, and ordinary text are written as they are")
    func leftAlone() {
        for cell in ["-5", "+84", "-0.75", "12", "Nguyễn Văn An", "a=b", "", "-", "-.5", "5-"] {
            let expected = ["-", "-.5"].contains(cell) ? "'" + cell : cell
            #expect(CSVWriter.line([cell]) == expected, "\(cell)")
        }
    }

    @Test("names that start like formulas reach a list's CSV as text, in every list that shows them")
    func rosterNames() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let names = ["=HYPERLINK(\"http://x\";\"Bấm\")", "@SUM(A1)", "+Lê Văn", "-Trần Thị"]
        let rows = names.enumerated().map { index, name in
            "090\(index),\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\",,,province_council,01,,2026-2031,"
        }
        let roster =
            "code,full_name,gender,national_id,body,province_code,commune_code,term,first_time\n"
            + rows.joined(separator: "\n") + "\n"
        let path = "\(folder.path)/roster.csv"
        try roster.write(toFile: path, atomically: true, encoding: .utf8)
        try await TestDatabase.with { database in
            try await database.run { try await ReferenceData.load(into: $0) }
            let environment = ["DATABASE_URL": database.url]
            let imported = try await CommandLineTool.run(["delegates", "import", path], environment: environment)
            #expect(imported.status == 0, "\(imported.text)")
            let listed = try await CommandLineTool.run(
                ["delegates", "list", "--format", "csv"], environment: environment)
            let cells = listed.standardOutput.split(separator: "\n").dropFirst().map { line in
                line.split(separator: ",", maxSplits: 1)[1]
            }
            #expect(cells.allSatisfy { $0.hasPrefix("'") || $0.hasPrefix("\"'") }, "\(cells)")
            #expect(cells.count == names.count)
        }
    }
}
