import TrainingModel

/// One sheet of a workbook as a report fills it: lines that say what it is above a header row, then rows of
/// typed cells, so a spreadsheet sums numbers, sorts dates and keeps codes such as `001` as written.
public struct Worksheet: Sendable {
    public enum Cell: Hashable, Sendable {
        case text(String)
        case number(Double)
        /// A fraction shown as a percentage (`0.833` as `83,3%` in a Vietnamese Excel).
        case percent(Double)
        case date(CalendarDate)
        case empty
    }

    /// What the sheet is and how it was chosen (the title, then filters): above the header, the first in bold.
    public var preamble: [String]
    public var header: [String]
    public var rows: [[Cell]]

    public init(preamble: [String] = [], header: [String], rows: [[Cell]]) {
        self.preamble = preamble
        self.header = header
        self.rows = rows
    }
}

extension Worksheet {
    /// `rows` in `columns`: their headings as the header, each cell typed as its column's kind says.
    public init<Row>(_ rows: [Row], columns: [ListColumn<Row>], preamble: [String]) {
        self.init(
            preamble: preamble, header: columns.map(\.heading),
            rows: rows.map { row in columns.map { $0.spreadsheetCell(row) } })
    }
}
