import Foundation
import TrainingModel

/// Reads a resource sheet: maps its header (English or Vietnamese, any order), reads every row with
/// `read`, and refuses the file with every problem at once, including a key that comes twice.
struct SheetReader<Column: SheetColumn> {
    let file: String

    func read<Value: Sendable>(
        _ data: Data, key: (Value) -> String, _ read: (inout SheetCells<Column>) -> Value?
    ) throws(InputError) -> [SheetRow<Value>] {
        let table = try CSVReader(file: file).read(data)
        let columns = try mapHeader(table.header)
        var problems: [Diagnostic] = []
        var rows: [SheetRow<Value>] = []
        var linesByKey: [String: Int] = [:]
        for row in table.rows {
            guard row.fields.count == table.header.fields.count else {
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: file, line: row.line, column: 1),
                        """
                        the row has \(number: row.fields.count) fields but the header has \(number: table.header.fields.count); \
                        expected one field per column (quote fields that contain \(table.delimiter))
                        """ as Message))
                continue
            }
            var cells = SheetCells(row: row, columns: columns, file: file)
            let value = read(&cells)
            problems += cells.problems
            guard let value else { continue }
            if let first = linesByKey.updateValue(row.line, forKey: key(value)) {
                problems.append(
                    Diagnostic(
                        at: cells.location(Column.required[0]),
                        "\(key(value)) is already on line \(first); expected each one once" as Message))
            }
            rows.append(SheetRow(line: row.line, value: value))
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return rows
    }

    /// Which field holds which column; an unknown or repeated header, or a missing required one, is an error.
    private func mapHeader(_ header: CSVTable.Row) throws(InputError) -> [Column: Int] {
        var columns: [Column: Int] = [:]
        var problems: [Diagnostic] = []
        let known = Column.allCases.map { "\($0.rawValue) (\($0.vietnameseHeader))" }.joined(separator: ", ")
        for (index, name) in header.fields.enumerated() {
            let location = SourceLocation(file: file, line: header.line, column: header.columns[index])
            guard let column = Column.named(name) else {
                problems.append(
                    Diagnostic(at: location, "column '\(name)' is unknown; expected one of \(known)" as Message))
                continue
            }
            if columns.updateValue(index, forKey: column) != nil {
                problems.append(
                    Diagnostic(at: location, "column \(column.rawValue) appears twice; expected it once" as Message))
            }
        }
        let missing = Column.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "\($0.rawValue) (\($0.vietnameseHeader))" }.joined(separator: ", ")
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: header.line, column: 1), "the header lacks \(names)" as Message
                ))
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return columns
    }
}
