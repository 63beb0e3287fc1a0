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

    /// A part larger than this unpacked is refused: a workbook of a national roster is far smaller, and a
    /// crafted archive could otherwise unpack to more memory than the machine has.
    static let partLimit = 1 << 30

    /// The sheet called `name`, or the first; `file` names the workbook in problems.
    public static func sheet(_ name: String?, of data: Data, file: String) throws(InputError) -> SheetContents {
        let problem = { (message: String) in InputError(at: SourceLocation(file: file, line: 1, column: 1), message) }
        guard let archive = try? Archive(data: data, accessMode: .read) else {
            throw problem("the file is not a readable .xlsx workbook; expected an Excel workbook or a CSV file")
        }
        func part(_ path: String) throws(InputError) -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= partLimit else {
                throw problem("\(path) unpacks to \(entry.uncompressedSize) bytes; expected at most \(partLimit)")
            }
            var contents = Data()
            do {
                _ = try archive.extract(entry) { contents.append($0) }
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
        guard let chosen = name.map({ name in workbook.sheets.first { $0.name == name } }) ?? workbook.sheets.first
        else {
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
                "sheet '\(chosen.name)' is not well-formed XML; expected an .xlsx file saved by a spreadsheet")
        }
        return SheetContents(
            name: chosen.name, rows: rows.map { SheetContents.Row(number: $0.number, cells: $0.cells) })
    }
}

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
