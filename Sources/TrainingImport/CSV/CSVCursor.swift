import TrainingModel

/// A CSV file being read: its header, then each row as ``next()`` reads it. Blank lines are skipped.
public struct CSVCursor {
    public let header: CSVTable.Row
    let delimiterByte: UInt8
    var parser: CSVParser

    /// `,` or `;`, as the header showed.
    public var delimiter: Character { Character(UnicodeScalar(delimiterByte)) }

    public mutating func next() throws(InputError) -> CSVTable.Row? {
        while let row = try parser.nextRow(delimiter: delimiterByte) {
            if row.fields.count == 1 && row.fields[0].isEmpty { continue }
            return row
        }
        return nil
    }
}
