import Foundation
import Testing
import TrainingModel
import ZIPFoundation

@testable import Spreadsheets

@Suite("Reading the cells of a workbook")
struct SpreadsheetReadingTests {
    @Test(
        "a number shows as its format says: zeros kept, dates and times as ttbd reads them",
        arguments: [
            (NumberFormat(code: "0000"), 101.0, "0101"),
            (NumberFormat(code: "000000000000"), 1_075_000_001, "001075000001"),
            (NumberFormat(code: "dd/mm/yyyy"), 27_461, "1975-03-08"),
            (NumberFormat(code: "[$-42A]d mmmm yyyy;@"), 46_265, "2026-08-31"),
            (NumberFormat(code: "yyyy-mm-dd hh:mm"), 46_265.3125, "2026-08-31 07:30"),
            (NumberFormat(code: "h:mm"), 0.5, "12:00"),
            (NumberFormat(code: "yyyy-mm-dd hh:mm"), 46_265.343_981_481_48, "2026-08-31 08:15:20"),
            (NumberFormat(code: "General"), 12.5, "12.5"),
            (NumberFormat(code: "\"Mã \"0"), 7, "7"),
            (NumberFormat(code: "#,##0"), 1_500_000, "1500000"),
            (NumberFormat(id: 14, code: nil), 46_265, "2026-08-31"),
            (NumberFormat(id: 0, code: nil), 46_265, "46265"),
        ])
    func formats(format: NumberFormat, number: Double, shown: String) {
        #expect(format.text(number, date1904: false) == shown)
    }

    @Test("the 1904 date system counts from 1904-01-01")
    func date1904() {
        #expect(NumberFormat(code: "dd/mm/yyyy").text(44_803, date1904: true) == "2026-08-31")
    }

    @Test("a sheet ttbd writes reads back cell by cell: text, numbers, dates")
    func roundTrip() throws {
        let sheet = Worksheet(
            preamble: ["Danh sách"], header: ["Mã", "Họ và tên", "Ngày", "Số buổi"],
            rows: [
                [
                    .text("0101"), .text("Nguyễn Văn \"An\" <&>"), .date(CalendarDate(year: 2026, month: 8, day: 31)!),
                    .number(4),
                ],
                [.text("0102"), .empty, .empty, .number(2.5)],
            ])
        let data = try XLSXWriter.workbook(sheet, sheetName: "Lớp B-HN-01", modified: Date(timeIntervalSince1970: 0))
        #expect(XLSXReader.isWorkbook(data))
        let read = try XLSXReader.sheet(nil, of: data, file: "a.xlsx")
        #expect(read.name == "Lớp B-HN-01")
        #expect(read.rows.map(\.number) == [1, 3, 4, 5])
        #expect(read.rows[2].cells == [1: "0101", 2: "Nguyễn Văn \"An\" <&>", 3: "2026-08-31", 4: "4"])
        #expect(read.rows[3].cells == [1: "0102", 4: "2.5"])
    }

    @Test("the CSV of a sheet starts at its header, and a place in it leads back to the cell")
    func placesInCells() {
        let contents = SheetContents(
            name: "Danh sách",
            rows: [
                .init(number: 1, cells: [2: "DANH SÁCH ĐẠI BIỂU"]),
                .init(number: 3, cells: [2: "code", 3: "full_name"]),
                .init(number: 4, cells: [2: "0101", 3: "Dòng một\nDòng hai"]),
                .init(number: 7, cells: [2: "0102", 3: "Lê \"Văn\" Bình"]),
            ])
        let sheet = SheetAsCSV(contents, file: "r.xlsx")
        #expect(
            String(decoding: sheet.data, as: UTF8.self)
                == "\"code\",\"full_name\"\n\"0101\",\"Dòng một\nDòng hai\"\n\"0102\",\"Lê \"\"Văn\"\" Bình\"\n")
        let place = { (line: Int, column: Int) in
            sheet.cell(of: SourceLocation(file: "r.xlsx", line: line, column: column)).description
        }
        #expect(place(1, 1) == "r.xlsx:'Danh sách'!B3")
        #expect(place(2, 8) == "r.xlsx:'Danh sách'!C4")
        #expect(place(4, 1) == "r.xlsx:'Danh sách'!B7", "the row after a cell of two lines")
        #expect(place(4, 8) == "r.xlsx:'Danh sách'!C7")
        let elsewhere = SourceLocation(file: "other.csv", line: 4, column: 1)
        #expect(sheet.cell(of: elsewhere) == elsewhere)
    }

    @Test("_xHHHH_ escapes become their characters; CDATA is text; a stray _x stays")
    func escapes() throws {
        #expect(SheetReading.unescaped("Dòng một_x000D_") == "Dòng một\r")
        #expect(SheetReading.unescaped("_x005F_x0041_ và _xyz") == "_x0041_ và _xyz")
        let sheet =
            #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Hà <Nội>]]></t></is></c>"#
            + #"<c r="B1" t="inlineStr"><is><t>a_x000A_b</t></is></c></row></sheetData></worksheet>"#
        let read = try XLSXReader.sheet(nil, of: try Self.workbook(sheet: sheet), file: "x.xlsx")
        #expect(read.rows.first?.cells == [1: "Hà <Nội>", 2: "a\nb"])
    }

    @Test("an official heading of two cells above the header is skipped like a merged title")
    func officialHeading() {
        let contents = SheetContents(
            name: "DS",
            rows: [
                .init(number: 1, cells: [1: "UBND TỈNH NGHỆ AN", 4: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
                .init(number: 2, cells: [1: "SỞ NỘI VỤ", 4: "Độc lập - Tự do - Hạnh phúc"]),
                .init(number: 4, cells: [1: "DANH SÁCH ĐẠI BIỂU"]),
                .init(number: 6, cells: [1: "code", 2: "full_name", 3: "body", 4: "term"]),
                .init(number: 7, cells: [1: "4001", 2: "Hồ Văn An", 3: "province_council", 4: "2026-2031"]),
            ])
        let sheet = SheetAsCSV(contents, file: "r.xlsx")
        #expect(String(decoding: sheet.data, as: UTF8.self).hasPrefix("\"code\",\"full_name\",\"body\",\"term\"\n"))
        #expect(sheet.cell(of: SourceLocation(file: "r.xlsx", line: 2, column: 1)).description == "r.xlsx:DS!A7")
    }

    @Test("a file that is not a workbook, or lacks the sheet asked for, is bad data at its start")
    func refusals() throws {
        #expect(throws: InputError.self) {
            try XLSXReader.sheet(nil, of: Data("PK\u{3}\u{4}junk".utf8), file: "x.xlsx")
        }
        let data = try XLSXWriter.workbook(
            Worksheet(header: ["a"], rows: []), sheetName: "Một", modified: Date(timeIntervalSince1970: 0))
        do {
            _ = try XLSXReader.sheet("Hai", of: data, file: "x.xlsx")
            Issue.record("a missing sheet was read")
        } catch {
            #expect(error.description == "x.xlsx:1:1: the workbook has no sheet 'Hai'; expected one of 'Một'")
            #expect(error.text(in: .vietnamese) == "x.xlsx:1:1: sổ tính không có trang 'Hai'; cần một trong 'Một'")
        }
    }

    /// A workbook of one sheet whose XML is `sheet`, written by hand as a crafted file would be.
    static func workbook(sheet: String, rowsRepeated: Int = 0) throws -> Data {
        let archive = try ZIPFoundation.Archive(accessMode: .create)
        let parts = [
            (
                "xl/workbook.xml",
                #"<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
            (
                "xl/_rels/workbook.xml.rels",
                #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#
            ),
        ]
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        // The sheet's text, then `rowsRepeated` empty rows made as they are packed (stored: deflating hundreds of
        // megabytes takes longer than the test should).
        let head = Data(sheet.utf8)
        let row = Data("<row/>".utf8)
        let total = head.count + row.count * rowsRepeated
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(total)
        ) { position, size in
            let start = Int(position)
            let lead = start < head.count ? head[start...] : Data()
            let offset = max(0, start - head.count) % row.count
            let rows =
                Data(repeating: 0, count: 0) + Data(String(repeating: "<row/>", count: size / row.count + 2).utf8)
            return (lead + rows[offset...]).prefix(size)
        }
        return try #require(archive.data)
    }

    @Test("crafted sheets are refused: entities declared, a cell past XFD, a row past 1,048,576, a part too large")
    func craftedSheets() throws {
        let laughs =
            #"<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>"#
            + #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>"#
        let wide =
            #"<worksheet><sheetData><row r="1"><c r="ZZZZZZZZZZZZZZZ1"><v>1</v></c></row></sheetData></worksheet>"#
        let deep = #"<worksheet><sheetData><row r="1048577"><c><v>1</v></c></row></sheetData></worksheet>"#
        for sheet in [laughs, wide, deep] {
            #expect(throws: InputError.self) {
                try XLSXReader.sheet(nil, of: try Self.workbook(sheet: sheet), file: "x")
            }
        }
        do {
            let big = try Self.workbook(sheet: "<worksheet><sheetData>", rowsRepeated: 50_000_000)
            _ = try XLSXReader.sheet(nil, of: big, file: "x.xlsx")
            Issue.record("a sheet of 300 MB was read")
        } catch {
            #expect("\(error)".contains("the workbook unpacks to more than 256 MiB"), "\(error)")
        }
    }
}
