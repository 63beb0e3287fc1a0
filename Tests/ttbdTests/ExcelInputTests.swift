import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// Issue 15, Excel in: a roster kept in Excel (written here by openpyxl and by LibreOffice, both independent of
/// ttbd) imports to the same rows as its CSV, and every problem names its cell.
@Suite("Reading rosters and sheets from .xlsx workbooks")
struct ExcelInputTests {
    static let roster = #"""
        code,full_name,gender,birth_date,national_id,body,province_code,commune_code,term,first_time
        0101,Nguyễn Văn An,nam,1975-03-08,001075000001,commune_council,01,00004,2026-2031,x
        0102,Đặng Thị Ánh,nữ,1980-12-31,001080000002,province_council,01,,2026-2031,x
        0103,"Trần Văn ""Dũng""",nam,,,national_assembly,79,,2026-2031,

        """#

    /// Writes `csv` as a workbook like a province's: title merged above, codes as zero-padded numbers,
    /// dates as serial numbers.
    func workbook(_ csv: String, in folder: TemporaryFolder, sheet: String = "Danh sách") throws -> String {
        let source = "\(folder.path)/source.csv"
        let path = "\(folder.path)/roster.xlsx"
        try csv.write(toFile: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", PythonPeer.script("xlsx-write.py"), source, path, "--sheet", sheet,
            "--title", "DANH SÁCH ĐẠI BIỂU HĐND NHIỆM KỲ 2026-2031", "--numeric",
            "code,national_id,province_code,commune_code", "--dates", "birth_date",
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "openpyxl could not write the workbook")
        return path
    }

    func delegates(_ environment: [String: String]) async throws -> String {
        let listed = try await CommandLineTool.run(["delegates", "list", "--format", "json"], environment: environment)
        #expect(listed.status == 0, "\(listed.text)")
        return listed.standardOutput
    }

    /// Converts `csv` with LibreOffice (Debian's libreoffice-calc-nogui, installed by scripts/setup) as a user
    /// does who opens it in Calc with the codes' columns set to Text and the birth date read as a date, then saves
    /// it as .xlsx.
    func libreOfficeWorkbook(_ csv: String, in folder: TemporaryFolder) throws -> String {
        let source = "\(folder.path)/danh-sach.csv"
        try csv.write(toFile: source, atomically: true, encoding: .utf8)
        // Columns 1, 5, 7, 8, 9 as text (2), column 4 as a year-month-day date (5), the rest standard (1).
        let columns = "1/2/2/1/3/1/4/5/5/2/6/1/7/2/8/2/9/2/10/1"
        let output = try ChildProcess(
            "/usr/bin/soffice",
            [
                "-env:UserInstallation=file://\(folder.path)/libreoffice-profile", "--headless",
                "--infilter=CSV:44,34,76,1,\(columns)", "--convert-to", "xlsx", "--outdir", folder.path, source,
            ]
        ).run()
        #expect(output.status == 0, "LibreOffice could not convert the CSV: \(output.text)")
        return "\(folder.path)/danh-sach.xlsx"
    }

    @Test("a workbook with a merged title, numeric codes and serial dates imports to the rows of its CSV")
    func sameRowsAsCSV() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await expectSameRowsAsCSV(try workbook(Self.roster, in: folder), in: folder)
    }

    @Test("a workbook LibreOffice saved from the CSV (codes as text, dates as dates) imports to the rows of its CSV")
    func libreOfficeWorkbook() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await expectSameRowsAsCSV(try libreOfficeWorkbook(Self.roster, in: folder), in: folder)
    }

    /// Imports the roster's CSV into one database and `xlsx` into another: the same delegates; then the workbook
    /// into the CSV's database changes nothing.
    func expectSameRowsAsCSV(_ xlsx: String, in folder: TemporaryFolder) async throws {
        let csv = "\(folder.path)/roster.csv"
        try Self.roster.write(toFile: csv, atomically: true, encoding: .utf8)
        try await TestDatabase.with { fromCSV in
            try await TestDatabase.with { fromWorkbook in
                try await fromCSV.run { try await ReferenceData.load(into: $0) }
                try await fromWorkbook.run { try await ReferenceData.load(into: $0) }
                let csvEnvironment = ["DATABASE_URL": fromCSV.url]
                let workbookEnvironment = ["DATABASE_URL": fromWorkbook.url]
                let first = try await CommandLineTool.run(["delegates", "import", csv], environment: csvEnvironment)
                #expect(first.status == 0, "\(first.text)")
                let imported = try await CommandLineTool.run(
                    ["delegates", "import", xlsx], environment: workbookEnvironment)
                #expect(imported.status == 0, "\(imported.text)")
                #expect(imported.standardOutput == "Imported \(xlsx): 3 new, 0 changed, 0 unchanged.")
                let listed = try await delegates(workbookEnvironment)
                #expect(listed == (try await delegates(csvEnvironment)))
                #expect(listed.contains("\"birthDate\" : \"1975-03-08\""))
                #expect(listed.contains("\"nationalID\" : \"001075000001\""), "the leading zeros kept")

                // The same rows again, from the workbook into the CSV's database: nothing to change.
                let again = try await CommandLineTool.run(["delegates", "import", xlsx], environment: csvEnvironment)
                #expect(again.standardOutput == "Imported \(xlsx): 0 new, 0 changed, 3 unchanged.")
            }
        }
    }

    @Test("a bad cell is named as Excel names it, the sheet quoted; nothing is written")
    func problemsInCells() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Row 6 of the sheet (title, blank row, header, two rows): an unknown province in column G.
        let bad = Self.roster.replacingOccurrences(of: "national_assembly,79", with: "national_assembly,98")
        let xlsx = try workbook(bad, in: folder)
        try await TestDatabase.with { database in
            try await database.run { try await ReferenceData.load(into: $0) }
            let environment = ["DATABASE_URL": database.url]
            let refused = try await CommandLineTool.run(["delegates", "import", xlsx], environment: environment)
            #expect(refused.status == 65)
            #expect(
                refused.standardError.contains("\(xlsx):'Danh sách'!G6: province_code '98' is not valid"),
                "\(refused.standardError)")
            #expect(!(try await delegates(environment)).contains("0101"), "nothing was written")

            let missing = try await CommandLineTool.run(
                ["delegates", "import", xlsx, "--sheet", "Sheet9"], environment: environment)
            #expect(missing.status == 65)
            #expect(missing.standardError.contains("the workbook has no sheet 'Sheet9'; expected one of 'Danh sách'"))
        }
    }

    @Test("an Excel 97–2003 .xls is refused with what to do, not read as a CSV that is not UTF-8")
    func legacyWorkbook() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = "\(folder.path)/roster.xls"
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)).write(
            to: URL(fileURLWithPath: path))
        let refused = try await CommandLineTool.run(
            ["delegates", "import", path], environment: ["DATABASE_URL": "postgres://nowhere/none"])
        #expect(refused.status == 65)
        #expect(
            refused.standardError.contains(
                "\(path):1:1: this is an Excel 97–2003 workbook (.xls); expected .xlsx or CSV"),
            "\(refused.standardError)")
    }

    @Test("--sheet is for workbooks: with a CSV file it is a usage error")
    func sheetOfCSV() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let csv = "\(folder.path)/roster.csv"
        try Self.roster.write(toFile: csv, atomically: true, encoding: .utf8)
        let refused = try await CommandLineTool.run(
            ["delegates", "import", csv, "--sheet", "A"], environment: ["DATABASE_URL": "postgres://nowhere/none"])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("--sheet picks a sheet of an .xlsx workbook; \(csv) is not one"))
    }
}
