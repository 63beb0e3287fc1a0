/// One column of a list: its heading in the terminal table (Vietnamese, as staff read it), its name in CSV
/// (stable, for scripts), and the cell of a row: for people, and for scripts when they need a code
/// instead of a name or `true` instead of `x`.
struct ListColumn<Row>: Sendable {
    var heading: String
    var csvName: String
    var cell: @Sendable (Row) -> String
    var csvCell: @Sendable (Row) -> String

    init(
        _ heading: String, csv csvName: String, _ cell: @escaping @Sendable (Row) -> String,
        csvCell: (@Sendable (Row) -> String)? = nil
    ) {
        self.heading = heading
        self.csvName = csvName
        self.cell = cell
        self.csvCell = csvCell ?? cell
    }
}

extension ListFormat {
    /// Prints `rows` as this format says: a table with a count line under it (`noun` and `plural`), the rows
    /// themselves as JSON, or CSV with a header line.
    func print<Row: Encodable>(
        _ rows: [Row], columns: [ListColumn<Row>], noun: String, plural: String? = nil
    ) throws {
        switch self {
        case .json:
            try OutputFormat.printJSON(rows)
        case .csv:
            Swift.print(CSVWriter.line(columns.map(\.csvName)))
            for row in rows { Swift.print(CSVWriter.line(columns.map { $0.csvCell(row) })) }
        case .table:
            var table = TextTable(columns.map(\.heading))
            for row in rows { table.append(columns.map { $0.cell(row) }) }
            Swift.print(table.render())
            Swift.print("\(rows.count) \(rows.count == 1 ? noun : plural ?? noun + "s")")
        }
    }
}
