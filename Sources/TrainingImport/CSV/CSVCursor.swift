import TrainingModel

/// A CSV file being read: its header, then each row as ``next()`` reads it. Blank lines are skipped.
public struct CSVCursor: Sendable {
    public let header: CSVTable.Row
    let delimiterByte: UInt8
    var parser: CSVParser
    /// Whether the text of the rows ahead is still to be checked: each part of a split file checks its own.
    private var unchecked = true

    init(header: CSVTable.Row, delimiterByte: UInt8, parser: CSVParser) {
        self.header = header
        self.delimiterByte = delimiterByte
        self.parser = parser
    }

    /// `,` or `;`, as the header showed.
    public var delimiter: Character { Character(UnicodeScalar(delimiterByte)) }

    public mutating func next() throws(InputError) -> CSVTable.Row? {
        try checkText()
        while let row = try parser.nextRow(delimiter: delimiterByte) {
            if row.fields.count == 1 && row.fields[0].isEmpty { continue }
            return row
        }
        return nil
    }

    /// Checks the text of the rows ahead, all of it before any row is read (``next()`` starts with it): a file
    /// that is not UTF-8 or holds a control character says so, wherever that is, before any problem of its rows.
    public mutating func checkText() throws(InputError) {
        guard unchecked else { return }
        unchecked = false
        try parser.checkText(in: parser.index..<parser.end, firstLine: parser.line)
    }

    /// The rows ahead as up to `parts` cursors over consecutive runs of whole rows, each at least `smallest`
    /// bytes, to be read side by side: in file order, together they read exactly what this one would. Cut
    /// where this cursor's own rules end a row, so a quoted field holding line breaks is never cut; one
    /// cursor when the rows before a cut are malformed (reading them in one piece reports where).
    public func split(into parts: Int, smallest: Int) -> [CSVCursor] {
        let start = parser.index
        let length = parser.end - start
        guard parts > 1, length >= smallest * 2 else { return [self] }
        let parts = min(parts, length / smallest)
        var scout = parser
        var cursors: [CSVCursor] = []
        var current = self
        for part in 1..<parts {
            let cut = start + length * part / parts
            do {
                while scout.index < cut { try scout.skipRow(delimiter: delimiterByte) }
            } catch {
                return [self]
            }
            guard scout.index < parser.end else { break }
            current.parser.end = scout.index
            cursors.append(current)
            current = CSVCursor(header: header, delimiterByte: delimiterByte, parser: scout)
        }
        cursors.append(current)
        return cursors
    }
}
