import TrainingModel

/// The state machine over the bytes: position, line and character column.
struct CSVParser {
    let bytes: [UInt8]
    let file: String
    var index = 0
    var line = 1
    var lineStart = 0
    var column = 1

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func nextRow(delimiter: UInt8) throws(InputError) -> CSVTable.Row? {
        guard index < bytes.count else { return nil }
        var row = CSVTable.Row(line: line, fields: [], columns: [])
        while true {
            row.columns.append(column)
            let start = SourceLocation(file: file, line: line, column: column)
            let (field, ended) = try nextField(delimiter: delimiter)
            if let problem = InputLimits.lengthProblem(field, limit: InputLimits.field) {
                throw InputError(at: start, problem)
            }
            row.fields.append(field)
            if ended { return row }
        }
    }

    /// Reads one field; `ended` when the row ends after it.
    private mutating func nextField(delimiter: UInt8) throws(InputError) -> (String, ended: Bool) {
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
                        value.append(quote)
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
                value.append(byte)
                advance()
            }
            let text = Self.text(value[...])
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
                let text = Self.text(bytes[start..<index])
                advance()
                return (text, false)
            }
            if byte == UInt8(ascii: "\n") {
                let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                let text = Self.text(bytes[start..<end])
                advance()
                return (text, true)
            }
            advance()
        }
        var end = index
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return (Self.text(bytes[start..<end]), true)
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
