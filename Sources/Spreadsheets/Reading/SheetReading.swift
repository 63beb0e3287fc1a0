import Foundation

/// Reads the cells of one worksheet part as the text each shows, by row and column number.
struct SheetReading {
    let sharedStrings: [String]
    let formats: [NumberFormat]
    let date1904: Bool

    /// The rows that have a cell with text, in order: row number → (column number → text), from 1.
    func rows(_ data: Data) -> [(number: Int, cells: [Int: String])]? {
        var rows: [(number: Int, cells: [Int: String])] = []
        var rowNumber = 0
        var cells: [Int: String] = [:]
        var column = 0
        var type = "n"
        var style = 0
        var value = ""
        var inValue = false
        var inInlineText = false
        var outside = false
        let parsed = XMLEvents.parse(data) { event in
            switch event {
            case .start("row", let attributes):
                rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                cells = [:]
                column = 0
                if !(1...Self.rows).contains(rowNumber) { outside = true }
            case .start("c", let attributes):
                if let reference = attributes["r"] {
                    guard let number = Self.column(ofReference: reference) else {
                        outside = true
                        return
                    }
                    column = number
                } else {
                    column += 1
                }
                if column > Self.columns { outside = true }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
            case .start("v", _): inValue = true
            case .end("v"): inValue = false
            case .start("t", _): inInlineText = type == "inlineStr"
            case .end("t"): inInlineText = false
            case .text(let text) where inValue || inInlineText: value += text
            case .end("c"):
                let text = self.text(value, type: type, style: style)
                if !text.isEmpty { cells[column] = text }
            case .end("row"):
                if !cells.isEmpty { rows.append((rowNumber, cells)) }
            default: break
            }
        }
        return parsed && !outside ? rows : nil
    }

    /// What the cell shows: a shared or inline string as it is, a number through its style's format, a
    /// boolean as Excel writes it, the cached result of a formula.
    private func text(_ value: String, type: String, style: Int) -> String {
        switch type {
        case "s": return Int(value).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr", "str": return Self.unescaped(value)
        case "e": return value
        case "b": return value == "1" ? "TRUE" : "FALSE"
        default:
            guard let number = Double(value) else { return value }
            let format = formats.indices.contains(style) ? formats[style] : .general
            return format.text(number, date1904: date1904)
        }
    }

    /// Text with the `_xHHHH_` escapes Office Open XML writes for characters XML cannot hold (`_x000D_` is a
    /// carriage return, `_x005F_` a literal underscore before `x`) turned back into those characters.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = text[...]
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                result += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }

    /// Excel's grid: columns A…XFD, rows 1…1,048,576. A reference outside it is refused, so that a crafted
    /// `r="ZZZZZZ1"` cannot make every row millions of fields wide.
    static let columns = 16_384
    static let rows = 1_048_576

    /// `B7` → 2; `nil` past XFD.
    static func column(ofReference reference: String) -> Int? {
        var column = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.value) - 64
            if column > columns { return nil }
        }
        return column > 0 ? column : nil
    }
}
