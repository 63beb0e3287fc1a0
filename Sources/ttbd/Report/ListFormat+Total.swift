extension ListFormat {
    /// Prints a list with a total line under it. JSON is `report` whole (its lines and its total as
    /// fields, for scripts); a table and CSV are the lines and then the total in the same columns, with the
    /// count line of a table counting only the lines.
    func print<Line: Encodable>(
        _ report: some Encodable, lines: [Line], total: Line, columns: [ListColumn<Line>], noun: String,
        plural: String? = nil
    ) throws {
        switch self {
        case .json:
            try OutputFormat.printJSON(report)
        case .csv:
            try print(lines + [total], columns: columns, noun: noun, plural: plural)
        case .table:
            var table = TextTable(columns.map(\.heading))
            for line in lines + [total] { table.append(columns.map { $0.cell(line) }) }
            Swift.print(table.render())
            Swift.print("\(lines.count) \(lines.count == 1 ? noun : plural ?? noun + "s")")
        }
    }
}

extension Optional<Double> {
    /// A share as people read it, `81.3%`, or `—` when there is nothing to take a share of.
    var percentText: String {
        guard let self else { return "—" }
        return String(format: "%.1f%%", self * 100)
    }

    /// A share for scripts: the fraction, or empty.
    var fractionText: String { map { String($0) } ?? "" }
}
