import Foundation
import TrainingModel

/// Reads a delegate roster CSV (English or Vietnamese header, columns in any order) and checks every
/// row, collecting every problem so one run shows them all. A list of candidates is read the same way, each
/// row the body the person stands for; a candidate is never first-time or full-time.
public struct RosterReader: Sendable {
    public let file: String
    public let reference: RosterReference
    /// What the rows are: delegates, or candidates standing for election.
    public let standing: Delegate.Standing

    public init(file: String, reference: RosterReference, standing: Delegate.Standing = .delegate) {
        self.file = file
        self.reference = reference
        self.standing = standing
    }

    /// The rows, or an ``InputError`` with every problem (and the warnings) when any row is invalid.
    public func read(_ data: Data) throws(InputError) -> Roster {
        var cursor = try CSVReader(file: file).cursor(data)
        var checker = try RosterChecker(header: cursor.header, delimiter: cursor.delimiter, reader: self)
        var rows: [Roster.Row] = []
        while let row = try cursor.next() {
            if let checked = checker.check(row) { rows.append(checked) }
        }
        try checker.finish()
        return Roster(file: file, rows: rows, warnings: checker.warnings)
    }

    /// Reads the roster row by row and hands each valid row to `accept` for as long as no row has been
    /// invalid, so a national roster can be sent to the database while it is read. Returns the warnings;
    /// after reading the whole file, throws an ``InputError`` with every problem if there was one (the
    /// caller then discards what it was given).
    public func read(_ data: Data, accept: (Roster.Row) async throws -> Void) async throws -> RosterReading {
        var cursor = try CSVReader(file: file).cursor(data)
        var checker = try RosterChecker(header: cursor.header, delimiter: cursor.delimiter, reader: self)
        while let row = try cursor.next() {
            if let checked = checker.check(row), checker.problems.isEmpty { try await accept(checked) }
        }
        try checker.finish()
        return RosterReading(fields: checker.columns.present, warnings: checker.warnings)
    }

    /// Which field holds which column; unknown headers are warned about and ignored.
    func mapHeader(_ header: CSVTable.Row, warnings: inout [Diagnostic]) throws(InputError)
        -> RosterColumns
    {
        var columns = RosterColumns()
        var problems: [Diagnostic] = []
        for (index, name) in header.fields.enumerated() {
            let location = SourceLocation(file: file, line: header.line, column: header.columns[index])
            guard let column = RosterColumn(header: name) else {
                warnings.append(
                    Diagnostic(.warning, at: location, "column '\(name)' is not a roster column; ignored" as Message))
                continue
            }
            if columns[column] != nil {
                problems.append(
                    Diagnostic(at: location, "column \(column.rawValue) appears twice; expected it once" as Message))
            }
            columns[column] = index
        }
        let missing = RosterColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "\($0.rawValue) (\($0.vietnameseHeader))" }.joined(separator: ", ")
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: header.line, column: 1),
                    "the header lacks \(names); expected at least code, full_name, body and term" as Message))
        }
        guard problems.isEmpty else { throw InputError(problems + warnings) }
        return columns
    }
}
