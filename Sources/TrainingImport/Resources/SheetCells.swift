import Foundation
import TrainingModel

/// The fields of one sheet row, read by column, with a diagnostic for each bad cell.
struct SheetCells<Column: SheetColumn> {
    let row: CSVTable.Row
    let columns: [Column: Int]
    let file: String
    private(set) var problems: [Diagnostic] = []

    init(row: CSVTable.Row, columns: [Column: Int], file: String) {
        self.row = row
        self.columns = columns
        self.file = file
    }

    /// Where the column's cell starts (the row's start when the sheet lacks the column).
    func location(_ column: Column) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: columns[column].map { row.columns[$0] } ?? 1)
    }

    mutating func report(_ column: Column, _ message: Message) {
        problems.append(Diagnostic(at: location(column), message))
    }

    /// The trimmed cell, or `nil` when the column is absent or the cell empty.
    func text(_ column: Column) -> String? {
        guard let index = columns[column] else { return nil }
        let trimmed = row.fields[index].trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The cell, which must not be empty; `what` says what was expected there.
    mutating func required(_ column: Column, _ what: Message) -> String? {
        guard let text = text(column) else {
            report(column, "\(column.rawValue) is empty; expected \(what)")
            return nil
        }
        return text
    }

    /// The cell read by `parse`; a non-empty cell it rejects is reported with `expected`.
    mutating func value<Value>(_ column: Column, expected: Message, _ parse: (String) -> Value?) -> Value? {
        guard let field = text(column) else { return nil }
        guard let value = parse(field) else {
            report(column, "\(column.rawValue) '\(field)' is not valid; expected \(expected)")
            return nil
        }
        return value
    }

    /// A code cell that must be present and have the shape of a code.
    mutating func code(_ column: Column, _ what: Message) -> String? {
        guard let code = required(column, what) else { return nil }
        if let problem = InputLimits.lengthProblem(code, limit: InputLimits.code, what: "\(column.rawValue)") {
            report(column, problem)
            return nil
        }
        guard ResourceCode.isValid(code) else {
            report(column, "code '\(code)' has characters other than letters, digits, . _ / -; expected \(what)")
            return nil
        }
        return code
    }

    /// A name cell that must be present and no longer than a name may be.
    mutating func name(_ column: Column, _ what: Message) -> String? {
        guard let name = required(column, what) else { return nil }
        if let problem = InputLimits.lengthProblem(name, limit: InputLimits.name, what: "\(column.rawValue)") {
            report(column, problem)
            return nil
        }
        return name
    }

    /// A province code that must be one the database holds, when present.
    mutating func province(_ column: Column, reference: ResourceReference) -> String? {
        value(column, expected: "one of the 34 province codes, such as 01") {
            reference.provinces.contains($0) ? $0 : nil
        }
    }

    /// `true`/`false` in the ways staff write it; empty is `false`.
    mutating func flag(_ column: Column) -> Bool {
        value(column, expected: "true/false, 1/0, x or empty, có/không", RosterCells.boolean) ?? false
    }
}
