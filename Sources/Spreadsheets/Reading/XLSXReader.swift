import Foundation
import TrainingModel
import ZIPFoundation

/// Reads one sheet of an Office Open XML workbook (`.xlsx`) as the text its cells show, so a roster kept in
/// Excel imports as its CSV export would: codes keep the zeros their format shows, dates stored as serial
/// numbers become dates, formulas give their result.
public enum XLSXReader {
    /// A ZIP archive's first bytes, which every workbook starts with and no CSV does.
    public static func isWorkbook(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// An Excel 97–2003 `.xls` (an OLE2 compound file), which ttbd does not read: it is refused with what to
    /// do, rather than read as a CSV that is not UTF-8.
    public static func isLegacyWorkbook(_ data: Data) -> Bool {
        data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// What the parts read may unpack to, together: a workbook of a national roster is far smaller, and a
    /// crafted archive could otherwise unpack to more memory than the machine has. Counted as the bytes come
    /// out, since the sizes an archive states may lie.
    static let unpackedLimit = 256 << 20

    /// The sheet called `name`, or the first; `file` names the workbook in problems.
    public static func sheet(_ name: String?, of data: Data, file: String) throws(InputError) -> SheetContents {
        let problem = { (message: Message) in InputError(at: SourceLocation(file: file, line: 1, column: 1), message) }
        guard let archive = try? Archive(data: data, accessMode: .read) else {
            throw problem("the file is not a readable .xlsx workbook; expected an Excel workbook or a CSV file")
        }
        var budget = unpackedLimit
        func part(_ path: String) throws(InputError) -> Data? {
            guard let entry = archive[path] else { return nil }
            var contents = Data()
            do {
                _ = try archive.extract(entry) { chunk in
                    budget -= chunk.count
                    guard budget >= 0 else { throw UnpackedTooLarge() }
                    contents.append(chunk)
                }
            } catch is UnpackedTooLarge {
                throw problem(
                    "the workbook unpacks to more than \(number: unpackedLimit >> 20) MiB; expected a smaller file")
            } catch {
                throw problem("\(path) cannot be unpacked (\(error)); expected an intact workbook")
            }
            return contents
        }
        guard let workbookData = try part("xl/workbook.xml"), let workbook = WorkbookParts.workbook(workbookData),
            let relationshipData = try part("xl/_rels/workbook.xml.rels"),
            let targets = WorkbookParts.relationships(relationshipData)
        else { throw problem("the workbook lacks its list of sheets; expected an .xlsx file saved by a spreadsheet") }
        let names = workbook.sheets.map(\.name)
        let chosen: (name: String, relationship: String)?
        if let name {
            chosen = workbook.sheets.first { $0.name == name }
        } else {
            chosen = workbook.sheets.first
        }
        guard let chosen else {
            let known = names.map { "'\($0)'" }.joined(separator: ", ")
            throw problem(
                name.map { "the workbook has no sheet '\($0)'; expected one of \(known)" }
                    ?? "the workbook has no sheet; expected at least one")
        }
        let strings = try part("xl/sharedStrings.xml").map(WorkbookParts.sharedStrings) ?? []
        let formats = try part("xl/styles.xml").map(WorkbookParts.styles) ?? []
        guard let target = targets[chosen.relationship], let sheetData = try part(target),
            let strings, let formats
        else { throw problem("sheet '\(chosen.name)' cannot be read; expected an .xlsx file saved by a spreadsheet") }
        let reading = SheetReading(sharedStrings: strings, formats: formats, date1904: workbook.date1904)
        guard let rows = reading.rows(sheetData) else {
            throw problem(
                """
                sheet '\(chosen.name)' is not well-formed XML or has cells beyond XFD1048576; \
                expected an .xlsx file saved by a spreadsheet
                """)
        }
        return SheetContents(
            name: chosen.name, rows: rows.map { SheetContents.Row(number: $0.number, cells: $0.cells) })
    }
}

private struct UnpackedTooLarge: Error {}

/// A sheet read from a workbook: its name, and the rows that hold text.
public struct SheetContents: Sendable {
    public struct Row: Sendable {
        /// The row's number, from 1, as the spreadsheet shows it.
        public var number: Int
        /// Column number (from 1: A is 1) → the text the cell shows.
        public var cells: [Int: String]
    }

    public var name: String
    public var rows: [Row]
}
