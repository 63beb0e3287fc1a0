import Foundation
import TrainingModel

/// Reads a delegate roster CSV (English or Vietnamese header, columns in any order) and checks every
/// row, collecting every problem so one run shows them all.
public struct RosterReader: Sendable {
    public let file: String
    public let reference: RosterReference

    public init(file: String, reference: RosterReference) {
        self.file = file
        self.reference = reference
    }

    /// The rows, or an ``InputError`` with every problem (and the warnings) when any row is invalid.
    public func read(_ data: Data) throws(InputError) -> Roster {
        let table = try CSVReader(file: file).read(data)
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let columns = try mapHeader(table.header, warnings: &warnings)

        var rows: [Roster.Row] = []
        rows.reserveCapacity(table.rows.count)
        var linesByCode: [String: Int] = [:]
        var linesByNationalID: [String: Int] = [:]
        for row in table.rows {
            guard row.fields.count == table.header.fields.count else {
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: file, line: row.line, column: 1),
                        "the row has \(row.fields.count) fields but the header has \(table.header.fields.count); "
                            + "expected one field per column (quote fields that contain \(table.delimiter))"))
                continue
            }
            var cells = RosterCells(row: row, columns: columns, file: file)
            guard let delegate = cells.delegate(reference: reference) else {
                problems += cells.problems
                continue
            }
            if let first = linesByCode.updateValue(row.line, forKey: delegate.code) {
                problems.append(
                    cells.diagnostic(
                        .code, "code \(delegate.code) is already on line \(first); expected each delegate once"))
            }
            if let id = delegate.nationalID, let first = linesByNationalID.updateValue(row.line, forKey: id) {
                problems.append(
                    cells.diagnostic(
                        .nationalID, "national_id \(id) is already on line \(first); expected each person once"))
            }
            rows.append(Roster.Row(line: row.line, delegate: delegate))
        }
        guard problems.isEmpty else { throw InputError(problems + warnings) }
        return Roster(file: file, rows: rows, warnings: warnings)
    }

    /// Which field holds which column; unknown headers are warned about and ignored.
    private func mapHeader(_ header: CSVTable.Row, warnings: inout [Diagnostic]) throws(InputError)
        -> RosterColumns
    {
        var columns = RosterColumns()
        var problems: [Diagnostic] = []
        for (index, name) in header.fields.enumerated() {
            let location = SourceLocation(file: file, line: header.line, column: header.columns[index])
            guard let column = RosterColumn(header: name) else {
                warnings.append(Diagnostic(.warning, at: location, "column '\(name)' is not a roster column; ignored"))
                continue
            }
            if columns[column] != nil {
                problems.append(Diagnostic(at: location, "column \(column.rawValue) appears twice; expected it once"))
            }
            columns[column] = index
        }
        let missing = RosterColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "\($0.rawValue) (\($0.vietnameseHeader))" }.joined(separator: ", ")
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: header.line, column: 1),
                    "the header lacks \(names); expected at least code, full_name, body and term"))
        }
        guard problems.isEmpty else { throw InputError(problems + warnings) }
        return columns
    }
}
