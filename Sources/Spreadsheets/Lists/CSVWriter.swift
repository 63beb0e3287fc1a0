/// CSV for scripts and spreadsheets: RFC 4180 quoting, fields quoted only when they need it, and no field a
/// spreadsheet would run as a formula.
public enum CSVWriter {
    /// The byte-order mark that makes Excel read a CSV file as UTF-8 (without it, Vietnamese turns to mojibake).
    public static let byteOrderMark = "\u{FEFF}"

    public static func line(_ fields: [String], delimiter: Character = ",") -> String {
        fields.map { field in
            let field = neutralised(field)
            return field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: String(delimiter))
    }

    /// A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which Excel and LibreOffice
    /// would read as a formula (`=HYPERLINK(…)` sends data away), gets a leading `'` so they show it as text,
    /// as OWASP's CSV-injection advice says. A plain number such as `-5` or `+84` is left as it is: it cannot
    /// run anything, and a script reads it back unchanged.
    public static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return isPlainNumber(field) ? field : "'" + field
    }

    private static func isPlainNumber(_ field: String) -> Bool {
        let digits = field.utf8.dropFirst()
        guard let first = field.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+"),
            !digits.isEmpty, digits.first != UInt8(ascii: ".")
        else { return false }
        var seenPoint = false
        for byte in digits {
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                return false
            }
        }
        return digits.last != UInt8(ascii: ".")
    }

    /// `rows` as CSV: a header line of the columns' CSV names, then a line per row of their CSV cells.
    public static func list<Row>(
        _ rows: [Row], columns: [ListColumn<Row>], delimiter: Character = ",", byteOrderMark: Bool
    ) -> String {
        var text = byteOrderMark ? Self.byteOrderMark : ""
        text += line(columns.map(\.csvName), delimiter: delimiter) + "\n"
        for row in rows { text += line(columns.map { $0.csvCell(row) }, delimiter: delimiter) + "\n" }
        return text
    }
}
