import Foundation
import Hummingbird
import Spreadsheets
import TrainingModel

/// A report's lines as the file a page's download link asks for (`format=xlsx` or `format=csv`): the same file the
/// command line writes for the report, a workbook with typed cells and a title above the header, or CSV with the
/// byte-order mark Excel needs to read Vietnamese.
enum ConsoleDownload {
    /// `fileName` is ASCII (no extension): the links name it for the report and its grouping.
    static func response<Line>(
        _ lines: [Line], columns: [ListColumn<Line>], format: String, fileName: String, sheetName: String,
        preamble: [String], language: Language
    ) throws -> Response {
        let (body, type, name): (Data, String, String)
        switch format {
        case "xlsx":
            body = try XLSXWriter.workbook(
                Worksheet(lines, columns: columns, preamble: preamble), sheetName: sheetName, modified: Date())
            type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            name = fileName + ".xlsx"
        case "csv":
            body = Data(CSVWriter.list(lines, columns: columns, byteOrderMark: true).utf8)
            type = "text/csv; charset=utf-8"
            name = fileName + ".csv"
        default:
            throw Problem(
                .badRequest, vi: "Chỉ tải được dạng xlsx hoặc csv.", en: "Only xlsx and csv can be downloaded.",
                in: language)
        }
        return Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
