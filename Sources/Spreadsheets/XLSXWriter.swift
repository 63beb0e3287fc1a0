import Foundation
import TrainingModel
import ZIPFoundation

/// Writes a worksheet as an Office Open XML workbook (`.xlsx`, ECMA-376): one sheet, cells typed as the
/// worksheet says, the header bold and frozen, columns as wide as their text. Strings are inline (no shared
/// string table): a report is written once and read by people, so the table would only add a second pass.
public enum XLSXWriter {
    /// The workbook's bytes. `modified` stamps the archive's entries (passed in, so the same sheet gives the
    /// same file).
    public static func workbook(_ sheet: Worksheet, sheetName: String, modified: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", workbookPart(sheetName: sheetName)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheetPart(sheet)),
        ]
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// The cell styles of `styles.xml`, by index: how each kind of cell is shown.
    enum Style: Int {
        case plain = 0
        case bold = 1
        case date = 2
        case percent = 3
        case title = 4
    }

    static func worksheetPart(_ sheet: Worksheet) -> String {
        let headerRow = sheet.preamble.count + (sheet.preamble.isEmpty ? 1 : 2)
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="\(headerRow)" topLeftCell="A\(headerRow + 1)" \
            activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <cols>\(columnWidths(sheet))</cols><sheetData>
            """
        for (index, line) in sheet.preamble.enumerated() {
            xml += row(index + 1, [(.text(line), index == 0 ? .title : .plain)])
        }
        xml += row(headerRow, sheet.header.map { (.text($0), .bold) })
        for (index, cells) in sheet.rows.enumerated() {
            xml += row(headerRow + 1 + index, cells.map { ($0, style(of: $0)) })
        }
        return xml + "</sheetData></worksheet>"
    }

    static func style(of cell: Worksheet.Cell) -> Style {
        switch cell {
        case .date: .date
        case .percent: .percent
        case .text, .number, .empty: .plain
        }
    }

    static func row(_ rowNumber: Int, _ cells: [(Worksheet.Cell, Style)]) -> String {
        var xml = "<row r=\"\(rowNumber)\">"
        for (column, (cell, style)) in cells.enumerated() {
            let reference = "\(SourceLocation.columnLetters(column + 1))\(rowNumber)"
            let styled = style == .plain ? "" : " s=\"\(style.rawValue)\""
            switch cell {
            case .empty: continue
            case .text(let text):
                xml +=
                    "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + escaped(text) + "</t></is></c>"
            // NaN and infinities have no place in a cell (Excel refuses the file); they are left empty.
            case .number(let value), .percent(let value):
                guard value.isFinite else { continue }
                xml += "<c r=\"\(reference)\"\(styled)><v>\(NumberFormat.plain(value))</v></c>"
            case .date(let date):
                xml += "<c r=\"\(reference)\"\(styled)><v>\(serial(of: date))</v></c>"
            }
        }
        return xml + "</row>"
    }

    /// Days since 30 December 1899, as Excel counts (its 1900 leap-year error lies before every date we write).
    static func serial(of date: CalendarDate) -> Int {
        date.daysSinceEpoch + NumberFormat.epochOffset(date1904: false)
    }

    /// Text as XML character data: the five markup characters escaped, and the control characters XML 1.0
    /// cannot hold at all left out (a roster cell can carry them; Excel refuses a file that has them).
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Widths in characters from the longest text of each column (its header included), between 6 and 60;
    /// a date takes 10.
    static func columnWidths(_ sheet: Worksheet) -> String {
        var widths = sheet.header.map(\.displayWidth)
        for cells in sheet.rows {
            for (column, cell) in cells.enumerated() where column < widths.count {
                let width: Int
                switch cell {
                case .text(let text): width = text.split(separator: "\n").map { String($0).displayWidth }.max() ?? 0
                case .number(let value): width = NumberFormat.plain(value).count
                case .percent: width = 7
                case .date: width = 10
                case .empty: width = 0
                }
                widths[column] = max(widths[column], width)
            }
        }
        return widths.enumerated().map { column, width in
            "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(min(60, max(6, width + 2)))\" customWidth=\"1\"/>"
        }.joined()
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/></Relationships>
        """

    static func workbookPart(sheetName: String) -> String {
        // Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].
        let name = String(sheetName.filter { !":\\/?*[]".contains($0) }.prefix(31))
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="\(escaped(name.isEmpty ? "Sheet1" : name))" sheetId="1" r:id="rId1"/></sheets>\
            </workbook>
            """
    }

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// The order of `cellXfs` is ``Style``'s: plain, bold, a dd/mm/yyyy date, a percentage with one decimal,
    /// the title (bold, larger).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>\
        <numFmt numFmtId="165" formatCode="0.0%"/></numFmts>\
        <fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="14"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
