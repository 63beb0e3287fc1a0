import ArgumentParser
import Foundation
import Spreadsheets

/// The options of every list command: the format, where it goes, and for CSV the separator and the
/// byte-order mark.
struct ListOutput: ParsableArguments {
    @Option(help: "table, json, csv or xlsx (an Excel workbook; needs --output).")
    var format: ListFormat = .table

    @Option(help: "Write to this file instead of standard output; it appears whole or not at all.")
    var output: String?

    @Option(help: "CSV's separator: ',' or ';' (Excel set to Vietnamese reads ';').")
    var delimiter: CSVDelimiter = .comma

    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            "Start CSV with the byte-order mark Excel needs to read Vietnamese.",
            discussion: "By default CSV written to a file has it and CSV read by a pipe or a terminal has not; "
                + "scripts that write to a file can say --no-bom."))
    var bom: Bool?

    func validate() throws {
        if format == .xlsx && output == nil {
            throw ValidationError("--format xlsx writes a workbook: name it with --output, e.g. --output list.xlsx")
        }
        if format != .csv && (bom != nil || delimiter != .comma) {
            throw ValidationError("--delimiter, --bom and --no-bom apply to --format csv only")
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
