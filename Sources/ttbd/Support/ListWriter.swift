import Foundation
import Spreadsheets
import TrainingModel

/// Writes a list in one format, to standard output or whole to a file.
struct ListWriter {
    var format: ListFormat
    var output: String? = nil
    var delimiter: Character = ","
    /// `nil`: CSV has the byte-order mark when it goes to a file (people open it in Excel), not to a pipe.
    var byteOrderMark: Bool? = nil

    /// Prints `rows`: a table with a count line under it (`noun` and `plural`), the rows themselves as JSON,
    /// CSV with a header line, or a workbook with `title` and the command's filters above the header.
    func print<Row: Encodable>(
        _ rows: [Row], columns: [ListColumn<Row>], title: String, noun: String, plural: String? = nil
    ) throws {
        switch format {
        case .json: try write(OutputFormat.json(rows) + "\n")
        case .csv: try write(csv(rows, columns: columns))
        case .table: try write(table(rows, columns: columns) + Self.count(rows.count, noun, plural) + "\n")
        case .xlsx: try write(workbook(rows, columns: columns, title: title))
        }
    }

    /// Prints a list with a total line under it. JSON is `report` whole (its lines and its total as fields,
    /// for scripts); the other formats are the lines and then the total in the same columns, with the count
    /// line of a table counting only the lines.
    func print<Line: Encodable>(
        _ report: some Encodable, lines: [Line], total: Line, columns: [ListColumn<Line>], title: String,
        noun: String, plural: String? = nil
    ) throws {
        switch format {
        case .json: try write(OutputFormat.json(report) + "\n")
        case .csv: try write(csv(lines + [total], columns: columns))
        case .table:
            try write(table(lines + [total], columns: columns) + Self.count(lines.count, noun, plural) + "\n")
        case .xlsx: try write(workbook(lines + [total], columns: columns, title: title))
        }
    }

    /// `3 delegates`: the English pattern is the count and the noun, which the catalog words in Vietnamese.
    private static func count(_ count: Int, _ noun: String, _ plural: String?) -> String {
        localized(Message(pattern: "%@ " + (count == 1 ? noun : plural ?? noun + "s"), values: [.number(count)]))
    }

    private func table<Row>(_ rows: [Row], columns: [ListColumn<Row>]) -> String {
        let language = TTBD.language
        var table = TextTable(columns.map { language == .english ? $0.englishHeading : $0.heading })
        for row in rows { table.append(columns.map { $0.tableCell(row, in: language) }) }
        return table.render() + "\n"
    }

    private func csv<Row>(_ rows: [Row], columns: [ListColumn<Row>]) -> String {
        CSVWriter.list(rows, columns: columns, delimiter: delimiter, byteOrderMark: withByteOrderMark)
    }

    private var withByteOrderMark: Bool {
        if let byteOrderMark { return byteOrderMark }
        if output != nil { return true }
        // An empty regular file: a shell's `> file`, not `>> file` to one with text, where the mark would land
        // mid-file (the offset of an appending descriptor is 0 until it writes, so the size tells).
        var status = stat()
        return fstat(STDOUT_FILENO, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
            && status.st_size == 0
    }

    private func workbook<Row>(_ rows: [Row], columns: [ListColumn<Row>], title: String) throws -> Data {
        let sheet = Worksheet(rows, columns: columns, preamble: [title, Self.commandLine])
        return try XLSXWriter.workbook(sheet, sheetName: title, modified: Date())
    }

    /// The command as typed, which says how the list was chosen, without the options that say only where it
    /// went or that could hold a secret (a database address with its password).
    static var commandLine: String {
        let hidden: Set<String> = ["--format", "--output", "--database-url", "--server", "--delimiter"]
        var words = ["ttbd"]
        var skipNext = false
        for argument in CommandLine.arguments.dropFirst() {
            if skipNext {
                skipNext = false
                continue
            }
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            if hidden.contains(name) {
                skipNext = !argument.contains("=")
                continue
            }
            words.append(argument.contains(" ") ? "'\(argument)'" : argument)
        }
        return "Lệnh: " + words.joined(separator: " ")
    }

    /// `text` on standard output, or whole into the --output file.
    func write(_ text: String) throws {
        guard output != nil else { return Swift.print(text, terminator: "") }
        try write(Data(text.utf8))
    }

    private func write(_ data: Data) throws {
        guard let output else { return FileHandle.standardOutput.write(data) }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw OutputRefusal(wording: "cannot write \(output): \(error.localizedDescription)")
        }
    }

    /// The file named by --output cannot be written: a usage error (exit 64), since the command line named it.
    struct OutputRefusal: UserFacingError {
        var wording: Message
        var kind: FailureKind { .usage }
        var description: String { wording.description }
        func text(in language: Language) -> String { wording.text(in: language) }
    }
}
