import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel

extension TableData {
    /// The rows of the file at `path`; `sheet` picks a workbook's sheet (the first when `nil`). `expected` says
    /// what the file should be when it cannot be read.
    init(path: String, sheet: String?, expected: Message) throws {
        let bytes = try InputFile.contents(of: path, expected: expected)
        try self.init(bytes, file: path, sheet: sheet)
        if sheet != nil && !isWorkbook {
            throw ValidationError(localized("--sheet picks a sheet of an .xlsx workbook; \(path) is not one"))
        }
    }
}

/// `--sheet`, for the commands that read a table from a file.
struct SheetOption: ParsableArguments {
    @Option(
        help: .inLanguage(
            en: "The sheet to read when the file is an .xlsx workbook (the first by default).",
            vi: "Trang tính cần đọc khi tệp là sổ tính .xlsx (mặc định: trang tính đầu tiên)."))
    var sheet: String?
}
