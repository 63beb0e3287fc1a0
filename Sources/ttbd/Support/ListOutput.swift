import ArgumentParser
import Foundation
import Spreadsheets
import TrainingModel

/// The options of every list command: the format, where it goes, and for CSV the separator and the
/// byte-order mark.
struct ListOutput: ParsableArguments {
    @Option(
        help: .inLanguage(
            en: "table, json, csv or xlsx (an Excel workbook; needs --output).",
            vi: "table, json, csv hoặc xlsx (sổ tính Excel; cần --output)."))
    var format: ListFormat = .table

    @Option(
        help: .inLanguage(
            en: "Write to this file instead of standard output; it appears whole or not at all.",
            vi: "Ghi vào tệp này thay vì ra đầu ra chuẩn; tệp được ghi trọn vẹn hoặc không được tạo ra."))
    var output: String?

    @Option(
        help: .inLanguage(
            en: "CSV's separator: ',' or ';' (Excel set to Vietnamese reads ';').",
            vi: "Dấu phân cách của CSV: ',' hoặc ';' (Excel đặt ngôn ngữ tiếng Việt đọc ';')."))
    var delimiter: CSVDelimiter = .comma

    @Flag(
        inversion: .prefixedNo,
        help: .inLanguage(
            en: "Start CSV with the byte-order mark Excel needs to read Vietnamese.",
            vi: "Mở đầu CSV bằng dấu thứ tự byte (BOM) mà Excel cần để đọc đúng tiếng Việt.",
            discussion: (
                en: "By default CSV written to a file has it and CSV read by a pipe or a terminal has not; "
                    + "scripts that write to a file can say --no-bom.",
                vi: "Mặc định, CSV ghi ra tệp có dấu này, còn CSV đưa qua đường ống hoặc ra màn hình thì không; "
                    + "tập lệnh ghi ra tệp có thể dùng --no-bom để bỏ dấu này."
            )))
    var bom: Bool?

    func validate() throws {
        if format == .xlsx && output == nil {
            throw ValidationError(
                localized("--format xlsx writes a workbook: name it with --output, e.g. --output list.xlsx"))
        }
        if format != .csv && (bom != nil || delimiter != .comma) {
            throw ValidationError(localized("--delimiter, --bom and --no-bom apply to --format csv only"))
        }
    }

    var writer: ListWriter {
        ListWriter(format: format, output: output, delimiter: delimiter.character, byteOrderMark: bom)
    }

    /// Prints `rows` as the options say (see ``ListWriter/print(_:columns:title:noun:plural:)``).
    func print<Row: Encodable>(
        _ rows: [Row], columns: [ListColumn<Row>], title: String, noun: String, plural: String? = nil
    ) throws {
        try writer.print(rows, columns: columns, title: title, noun: noun, plural: plural)
    }

    /// Prints a list with a total line (see ``ListWriter/print(_:lines:total:columns:title:noun:plural:)``).
    func print<Line: Encodable>(
        _ report: some Encodable, lines: [Line], total: Line, columns: [ListColumn<Line>], title: String,
        noun: String, plural: String? = nil
    ) throws {
        try writer.print(
            report, lines: lines, total: total, columns: columns, title: title, noun: noun, plural: plural)
    }
}
