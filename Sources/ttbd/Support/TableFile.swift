import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel

extension TableData {
    /// The rows of the file at `path`; `sheet` picks a workbook's sheet (the first when `nil`). `expected` says
    /// what the file should be when it cannot be read.
    init(path: String, sheet: String?, expected: String) throws {
        let bytes = try InputFile.contents(of: path, expected: expected)
        try self.init(bytes, file: path, sheet: sheet)
        if sheet != nil && !isWorkbook {
            throw ValidationError("--sheet picks a sheet of an .xlsx workbook; \(path) is not one")
        }
    }
}

/// `--sheet`, for the commands that read a table from a file.
struct SheetOption: ParsableArguments {
    @Option(help: "The sheet to read when the file is an .xlsx workbook (the first by default).")
    var sheet: String?
}
