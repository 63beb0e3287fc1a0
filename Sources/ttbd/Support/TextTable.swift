/// A table for the terminal: a header row and columns padded to their widest cell.
///
/// Widths count characters, which for NFC Vietnamese is the display width: each letter with its marks is
/// one precomposed character.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) {
        self.headers = headers
    }

    init(_ headers: [String]) {
        self.headers = headers
    }

    mutating func append(_ cells: [String]) {
        rows.append(cells)
    }

    func render() -> String {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, cell in
                cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
            return String(padded.reversed().drop(while: { $0 == " " }).reversed())
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}
