import TrainingModel

/// One column of a list: its heading for people (Vietnamese, as staff read it), its name in CSV (stable, for
/// scripts), and the cell of a row: for people, and for scripts when they need a code instead of a name or
/// `true` instead of `x`. Its `kind` says how a spreadsheet holds it.
public struct ListColumn<Row>: Sendable {
    /// What a spreadsheet cell of this column is. Typed kinds are read from the script's cell (a number, an
    /// ISO date, a fraction), so the sheet sums and sorts them; text columns show what people read.
    public enum Kind: Sendable {
        case text
        case number
        /// A number that names something (a session's id, a line of a file): a number in a sheet, but never
        /// grouped in a table, so it can be typed back into a command and matches `roster.csv:1234:5`.
        case identifier
        case date
        case percent
    }

    public var heading: String
    public var csvName: String
    public var kind: Kind
    public var cell: @Sendable (Row) -> String
    public var csvCell: @Sendable (Row) -> String

    public init(
        _ heading: String, csv csvName: String, as kind: Kind = .text, _ cell: @escaping @Sendable (Row) -> String,
        csvCell: (@Sendable (Row) -> String)? = nil
    ) {
        self.heading = heading
        self.csvName = csvName
        self.kind = kind
        self.cell = cell
        self.csvCell = csvCell ?? cell
    }
}

extension ListColumn {
    /// The heading in English: the CSV name in words (`full_name` is "Full name").
    public var englishHeading: String {
        let words = csvName.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The cell as a table in `language` shows it: a number and a percentage as the language writes them
    /// (1.234 and 83,3% in Vietnamese, 1,234 and 83.3% in English), a day as dd/mm/yyyy in both.
    public func tableCell(_ row: Row, in language: Language) -> String {
        let cell = tableCell(row)
        guard language == .english, kind == .number || kind == .percent else { return cell }
        return String(cell.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    /// The cell as the Vietnamese table shows it: a typed column's value in Vietnamese conventions (a day
    /// as dd/mm/yyyy, 1.234 and 83,3%), whatever the script's cell says; text as people read it.
    public func tableCell(_ row: Row) -> String {
        let value = csvCell(row)
        switch kind {
        case .text, .identifier: return cell(row)
        case .date: return CalendarDate(parsing: value)?.vietnamese ?? cell(row)
        case .number: return Double(value).map(VietnameseNumber.text) ?? cell(row)
        case .percent: return Double(value).map(VietnameseNumber.percent) ?? cell(row)
        }
    }

    /// The cell as a spreadsheet holds it: typed kinds read from the script's cell, text as people read it.
    public func spreadsheetCell(_ row: Row) -> Worksheet.Cell {
        let value = csvCell(row)
        if value.isEmpty && kind != .text { return .empty }
        switch kind {
        case .text:
            let text = cell(row)
            return text.isEmpty ? .empty : .text(text)
        case .number, .identifier: return Double(value).map(Worksheet.Cell.number) ?? .text(cell(row))
        case .percent: return Double(value).map(Worksheet.Cell.percent) ?? .text(cell(row))
        case .date: return CalendarDate(parsing: value).map(Worksheet.Cell.date) ?? .text(cell(row))
        }
    }
}
