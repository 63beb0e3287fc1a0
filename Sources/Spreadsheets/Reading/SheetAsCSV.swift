import Foundation
import TrainingModel

/// A sheet as the CSV that ttbd's readers take, and the way back from a place in that CSV to the cell it
/// came from, so every problem names `file:Sheet!B7`.
///
/// The table starts at its header, from its leftmost cell: the first row of two cells or more that is not
/// part of an official heading. Above it stand merged titles (one cell each) and, on papers of the state,
/// the agency beside the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh
/// phúc"): two cells, told apart by the motto. Every field is quoted, so a cell's text arrives as typed.
public struct SheetAsCSV: Sendable {
    public let file: String
    public let sheet: String
    public let data: Data
    private let rows: [WrittenRow]

    /// Where a sheet row went in the CSV: the line and column where each of its fields starts, and the
    /// sheet column it holds.
    private struct WrittenRow: Sendable {
        var sheetRow: Int
        var fields: [(line: Int, column: Int, sheetColumn: Int)]
    }

    public init(_ contents: SheetContents, file: String) {
        self.file = file
        sheet = contents.name
        let start = contents.rows.firstIndex { $0.cells.count >= 2 && !Self.isOfficialHeading($0) } ?? 0
        let table = contents.rows[start...]
        let header = table.first?.cells.keys
        let left = header?.min() ?? 1
        let width = (header?.max() ?? 1) - left + 1
        var text = ""
        var line = 1
        var column = 1
        var written: [WrittenRow] = []
        for row in table {
            let last = max(width, (row.cells.keys.max() ?? left) - left + 1)
            var fields: [(line: Int, column: Int, sheetColumn: Int)] = []
            for offset in 0..<last {
                if offset > 0 {
                    text += ","
                    column += 1
                }
                fields.append((line, column, left + offset))
                let field = "\"" + (row.cells[left + offset] ?? "").replacingOccurrences(of: "\"", with: "\"\"") + "\""
                for scalar in field.unicodeScalars {
                    if scalar == "\n" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                text += field
            }
            text += "\n"
            line += 1
            column = 1
            written.append(WrittenRow(sheetRow: row.number, fields: fields))
        }
        data = Data(text.utf8)
        rows = written
    }

    /// A row that carries the national motto, in any case or spelling of its marks.
    static func isOfficialHeading(_ row: SheetContents.Row) -> Bool {
        row.cells.values.contains { text in
            let folded = text.foldedForSearch
            return folded.contains("cong hoa xa hoi chu nghia viet nam") || folded.contains("doc lap - tu do")
        }
    }

    /// `location` in the CSV as the cell it points into; a place of another file is returned as it is.
    public func cell(of location: SourceLocation) -> SourceLocation {
        guard location.file == file, location.sheet == nil else { return location }
        guard let row = rows.last(where: { $0.fields.first.map { $0.line <= location.line } ?? false }) else {
            return SourceLocation(file: file, line: rows.first?.sheetRow ?? 1, column: 1, sheet: sheet)
        }
        let field =
            row.fields.last { ($0.line, $0.column) <= (location.line, location.column) } ?? row.fields.first
        return SourceLocation(file: file, line: row.sheetRow, column: field?.sheetColumn ?? 1, sheet: sheet)
    }

    /// `diagnostics` with their places turned into cells.
    public func cells(of diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var placed = diagnostic
            placed.location = cell(of: diagnostic.location)
            return placed
        }
    }
}
