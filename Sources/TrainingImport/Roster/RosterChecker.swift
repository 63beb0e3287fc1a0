import TrainingModel

/// Checks roster rows one at a time: each row's values, and that no code or national id comes twice. The parts
/// of a file read side by side each have their own checker; ``absorb(_:)`` then finds what comes twice across them.
struct RosterChecker: Sendable {
    let reader: RosterReader
    let columns: RosterColumns
    let fieldCount: Int
    let delimiter: Character
    private(set) var problems: [Diagnostic] = []
    private(set) var warnings: [Diagnostic] = []
    private var linesByCode: [String: Sighting] = [:]
    private var linesByNationalID: [String: Sighting] = [:]

    /// Where a value was seen: first (with its column, for a later part to point at), and last.
    private struct Sighting: Sendable {
        var line: Int
        var column: Int
        var lastLine: Int
    }

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
        if let earlier = Self.see(&linesByCode[delegate.code, default: Self.sighting(cells, .code)], on: row.line) {
            problems.append(cells.diagnostic(.code, Self.codeTwice(delegate.code, earlier)))
            unique = false
        }
        if let id = delegate.nationalID,
            let earlier = Self.see(&linesByNationalID[id, default: Self.sighting(cells, .nationalID)], on: row.line)
        {
            problems.append(cells.diagnostic(.nationalID, Self.nationalIDTwice(id, earlier)))
            unique = false
        }
        return unique ? Roster.Row(line: row.line, delegate: delegate) : nil
    }

    /// A value first seen in `column` of the row `cells` hold.
    private static func sighting(_ cells: RosterCells, _ column: RosterColumn) -> Sighting {
        Sighting(line: cells.row.line, column: cells.column(column), lastLine: 0)
    }

    /// The line `value` was last seen on before `line`, if it was; `line` becomes the last. One hash lookup
    /// for the usual value seen once.
    private static func see(_ sighting: inout Sighting, on line: Int) -> Int? {
        defer { sighting.lastLine = line }
        return sighting.lastLine == 0 ? nil : sighting.lastLine
    }

    private static func codeTwice(_ code: String, _ earlier: Int) -> Message {
        "code \(code) is already on line \(earlier); expected each delegate once"
    }

    private static func nationalIDTwice(_ id: String, _ earlier: Int) -> Message {
        "national_id \(id) is already on line \(earlier); expected each person once"
    }

    /// Takes in the checkers of the parts of the file that follow this one's, in the file's order: their
    /// problems, and each code or national id a part saw first that an earlier part had already seen, at its
    /// first line, as reading the file in one piece would have found it.
    mutating func absorb(_ later: [RosterChecker]) {
        let parts = [self] + later
        for (index, part) in later.enumerated() {
            let earlier = parts[...index].reversed()
            let found =
                part.problems + repeats(of: \.linesByCode, in: part, after: earlier, Self.codeTwice)
                + repeats(of: \.linesByNationalID, in: part, after: earlier, Self.nationalIDTwice)
            // The file's order; at one line, the row's own problems before what it repeats.
            problems += found.enumerated()
                .sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
                .map(\.element)
        }
    }

    /// Each value `part` saw first that an earlier part (newest first) had seen, at its first line, pointing at
    /// the earlier part's last.
    private func repeats(
        of sightings: KeyPath<RosterChecker, [String: Sighting]>, in part: RosterChecker,
        after earlier: some Sequence<RosterChecker>, _ message: (String, Int) -> Message
    ) -> [Diagnostic] {
        part[keyPath: sightings].compactMap { value, sighting in
            guard let line = earlier.lazy.compactMap({ $0[keyPath: sightings][value]?.lastLine }).first else {
                return nil
            }
            return Diagnostic(
                at: SourceLocation(file: reader.file, line: sighting.line, column: sighting.column),
                message(value, line))
        }
    }

    /// Throws every problem found, with the warnings, if there was any.
    func finish() throws(InputError) {
        guard problems.isEmpty else { throw InputError(problems + warnings) }
    }
}
