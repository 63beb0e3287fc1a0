import Foundation
import TrainingModel

/// The rows a person hands in to import: a CSV as it is, or a sheet of an `.xlsx` workbook (told apart by their
/// first bytes, not their names) turned into that CSV, with every problem then placed in its cell. The command
/// line reads it from a file, the console from an upload.
public struct TableData: Sendable {
    /// The file's name, as problems name it.
    public let file: String
    /// The rows as CSV.
    public let data: Data
    private let sheet: SheetAsCSV?

    /// `bytes` of `file`; `sheet` picks a workbook's sheet (the first when `nil`) and is not asked of a CSV.
    public init(_ bytes: Data, file: String, sheet: String?) throws {
        self.file = file
        if XLSXReader.isLegacyWorkbook(bytes) {
            throw InputError(
                at: SourceLocation(file: file, line: 1, column: 1),
                "this is an Excel 97–2003 workbook (.xls); expected .xlsx or CSV: open it in Excel or LibreOffice "
                    + "and save it as .xlsx")
        }
        if XLSXReader.isWorkbook(bytes) {
            let converted = SheetAsCSV(try XLSXReader.sheet(sheet, of: bytes, file: file), file: file)
            data = converted.data
            self.sheet = converted
        } else {
            data = bytes
            self.sheet = nil
        }
    }

    /// Whether the rows came from a workbook's sheet.
    public var isWorkbook: Bool { sheet != nil }

    /// About how many rows the file has (its lines after the header; a cell of several lines counts more),
    /// for a progress bar.
    public var estimatedRows: Int {
        let lines = data.withUnsafeBytes { bytes in bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } }
        return max(0, lines - 1)
    }

    /// Runs `body` with the rows as CSV; the problems of an ``InputError`` it throws are placed in the
    /// sheet's cells.
    public func reading<Result>(_ body: (Data) async throws -> Result) async throws -> Result {
        do {
            return try await body(data)
        } catch let error as InputError {
            throw InputError(placed(error.diagnostics))
        }
    }

    /// `diagnostics` placed in the sheet's cells (as they are for a CSV file).
    public func placed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        sheet?.cells(of: diagnostics) ?? diagnostics
    }
}
