import TrainingModel

/// The state machine over the bytes: position, line and character column.
struct CSVParser: Sendable {
    let bytes: [UInt8]
    let file: String
    /// Where this parser's rows end: the end of the file, or where the rows of the next part of it begin.
    var end: Int
    var index = 0
    var line = 1
    var column = 1

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        end = bytes.count
    }

    mutating func nextRow(delimiter: UInt8) throws(InputError) -> CSVTable.Row? {
        guard index < end else { return nil }
        var row = CSVTable.Row(line: line, fields: [], columns: [])
        while true {
            row.columns.append(column)
            let start = SourceLocation(file: file, line: line, column: column)
            let (field, ended) = try nextField(delimiter: delimiter, keep: true)
            if let problem = InputLimits.lengthProblem(field, limit: InputLimits.field) {
                throw InputError(at: start, problem)
            }
            row.fields.append(field)
            if ended { return row }
        }
    }

    /// Moves past one row by the same rules without keeping its fields: how a file is cut at row boundaries.
    mutating func skipRow(delimiter: UInt8) throws(InputError) {
        while try !nextField(delimiter: delimiter, keep: false).ended {}
    }

    /// Reads one field (as empty text unless `keep`); `ended` when the row ends after it.
    private mutating func nextField(delimiter: UInt8, keep: Bool) throws(InputError) -> (String, ended: Bool) {
        let quote = UInt8(ascii: "\"")
        if index < bytes.count && bytes[index] == quote {
            let start = (line, column)
            advance()
            var value: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    throw InputError(
                        at: SourceLocation(file: file, line: start.0, column: start.1),
                        "a quoted field is never closed; expected a closing \" before the end of the file" as Message)
                }
                let byte = bytes[index]
                if byte == quote {
                    if index + 1 < bytes.count && bytes[index + 1] == quote {
                        if keep { value.append(quote) }
                        advance()
                        advance()
                        continue
                    }
                    advance()
                    break
                }
                if byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") {
                    advance()
                    continue
                }
                if keep { value.append(byte) }
                advance()
            }
            let text = keep ? Self.text(value[...]) : ""
            guard index < bytes.count else { return (text, true) }
            switch bytes[index] {
            case delimiter:
                advance()
                return (text, false)
            case UInt8(ascii: "\n"):
                advance()
                return (text, true)
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                advance()
                advance()
                return (text, true)
            default:
                throw InputError(
                    at: SourceLocation(file: file, line: line, column: column),
                    """
                    unexpected text after a closing quote; expected a delimiter or the end of the line \
                    (a quote inside a quoted field is written "")
                    """ as Message)
            }
        }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == delimiter {
                let text = keep ? Self.text(bytes[start..<index]) : ""
                advance()
                return (text, false)
            }
            if byte == UInt8(ascii: "\n") {
                let fieldEnd = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                let text = keep ? Self.text(bytes[start..<fieldEnd]) : ""
                advance()
                return (text, true)
            }
            advance()
        }
        var fieldEnd = index
        if fieldEnd > start && bytes[fieldEnd - 1] == UInt8(ascii: "\r") { fieldEnd -= 1 }
        return (keep ? Self.text(bytes[start..<fieldEnd]) : "", true)
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// The field as NFC text.
    private static func text(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice, as: UTF8.self).nfc
    }
}
