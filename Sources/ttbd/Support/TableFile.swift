import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel

/// A file of rows that a command imports: a CSV as it is, or a sheet of an `.xlsx` workbook (told apart by
/// their first bytes, not their names) turned into that CSV, with every problem then placed in its cell.
struct TableFile {
    let path: String
    let data: Data
    private let sheet: SheetAsCSV?

    /// Reads `path`; `sheet` picks a workbook's sheet (the first when `nil`). `expected` says what the file
    /// should be when it cannot be read.
    init(path: String, sheet: String?, expected: String) throws {
        let bytes = try InputFile.contents(of: path, expected: expected)
        self.path = path
        if XLSXReader.isLegacyWorkbook(bytes) {
            throw InputError(
                at: SourceLocation(file: path, line: 1, column: 1),
                "this is an Excel 97–2003 workbook (.xls); expected .xlsx or CSV: open it in Excel or LibreOffice "
                    + "and save it as .xlsx")
        }
        if XLSXReader.isWorkbook(bytes) {
            let converted = SheetAsCSV(try XLSXReader.sheet(sheet, of: bytes, file: path), file: path)
            data = converted.data
            self.sheet = converted
        } else {
            if sheet != nil { throw ValidationError("--sheet picks a sheet of an .xlsx workbook; \(path) is not one") }
            data = bytes
            self.sheet = nil
        }
    }

    /// About how many rows the file has (its lines after the header; a cell of several lines counts more),
    /// for a progress bar.
    var estimatedRows: Int {
        let lines = data.withUnsafeBytes { bytes in bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } }
        return max(0, lines - 1)
    }

    /// Runs `body` with the rows as CSV; the problems of an ``InputError`` it throws are placed in the
    /// sheet's cells.
    func reading<Result>(_ body: (Data) async throws -> Result) async throws -> Result {
        do {
            return try await body(data)
        } catch let error as InputError {
            throw InputError(placed(error.diagnostics))
        }
    }

    /// `diagnostics` placed in the sheet's cells (as they are for a CSV file).
    func placed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        sheet?.cells(of: diagnostics) ?? diagnostics
    }
}

/// `--sheet`, for the commands that read a table from a file.
struct SheetOption: ParsableArguments {
    @Option(help: "The sheet to read when the file is an .xlsx workbook (the first by default).")
    var sheet: String?
}
