import TrainingModel

/// A table for the terminal: a header row and columns padded to their widest cell.
///
/// Widths are display widths, not character counts, so NFD text and wide CJK names stay aligned.
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
        rows.append(cells.map(\.terminalSafe))
    }

    func render() -> String {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.displayWidth).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, cell in
                cell.padded(toDisplayWidth: widths[index])
            }.joined(separator: "  ")
            return String(padded.reversed().drop(while: { $0 == " " }).reversed())
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }
}
