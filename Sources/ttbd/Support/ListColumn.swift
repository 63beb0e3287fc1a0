/// One column of a list: its heading for people (Vietnamese, as staff read it), its name in CSV (stable, for
/// scripts), and the cell of a row: for people, and for scripts when they need a code instead of a name or
/// `true` instead of `x`. Its `kind` says how a spreadsheet holds it.
struct ListColumn<Row>: Sendable {
    /// What a spreadsheet cell of this column is. Typed kinds are read from the script's cell (a number, an
    /// ISO date, a fraction), so the sheet sums and sorts them; text columns show what people read.
    enum Kind: Sendable {
        case text
        case number
        case date
        case percent
    }

    var heading: String
    var csvName: String
    var kind: Kind
    var cell: @Sendable (Row) -> String
    var csvCell: @Sendable (Row) -> String

    init(
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
