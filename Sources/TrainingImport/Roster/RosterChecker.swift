import TrainingModel

/// Checks roster rows one at a time: each row's values, and that no code or national id comes twice.
struct RosterChecker {
    let reader: RosterReader
    let columns: RosterColumns
    let fieldCount: Int
    let delimiter: Character
    private(set) var problems: [Diagnostic] = []
    private(set) var warnings: [Diagnostic] = []
    private var linesByCode: [String: Int] = [:]
    private var linesByNationalID: [String: Int] = [:]

    init(header: CSVTable.Row, delimiter: Character, reader: RosterReader) throws(InputError) {
        self.reader = reader
        self.delimiter = delimiter
        fieldCount = header.fields.count
        columns = try reader.mapHeader(header, warnings: &warnings)
    }

    /// The row as a delegate, or `nil` with its problems recorded.
    mutating func check(_ row: CSVTable.Row) -> Roster.Row? {
        guard row.fields.count == fieldCount else {
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: reader.file, line: row.line, column: 1),
                    """
                    the row has \(number: row.fields.count) fields but the header has \(number: fieldCount); \
                    expected one field per column (quote fields that contain \(delimiter))
                    """ as Message))
            return nil
        }
        var cells = RosterCells(row: row, columns: columns, file: reader.file)
        guard let delegate = cells.delegate(reference: reader.reference, standing: reader.standing) else {
            problems += cells.problems
            return nil
        }
        var unique = true
        if let first = linesByCode.updateValue(row.line, forKey: delegate.code) {
            problems.append(
                cells.diagnostic(
                    .code, "code \(delegate.code) is already on line \(first); expected each delegate once"))
            unique = false
        }
        if let id = delegate.nationalID, let first = linesByNationalID.updateValue(row.line, forKey: id) {
            problems.append(
                cells.diagnostic(
                    .nationalID, "national_id \(id) is already on line \(first); expected each person once"))
            unique = false
        }
        return unique ? Roster.Row(line: row.line, delegate: delegate) : nil
    }

    /// Throws every problem found, with the warnings, if there was any.
    func finish() throws(InputError) {
        guard problems.isEmpty else { throw InputError(problems + warnings) }
    }
}
