import Foundation
import TrainingModel

/// Reads CSV files the way provinces really send them: UTF-8 with or without a BOM, CRLF or LF, comma
/// or semicolon (whichever the header uses), quoted fields holding delimiters, quotes and newlines, and
/// decomposed (NFD) Vietnamese, which becomes NFC.
///
/// It works on bytes, not `Character`s, because a national roster has hundreds of thousands of rows.
public struct CSVReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String

    public init(file: String) {
        self.file = file
    }

    public func read(_ data: Data) throws(InputError) -> CSVTable {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        try checkUTF8(bytes)
        var parser = Parser(bytes: bytes, file: file)
        guard let header = try parser.nextRow(delimiter: Self.delimiter(ofFirstLineIn: bytes)) else {
            throw InputError(
                at: SourceLocation(file: file, line: 1, column: 1), "the file is empty; expected a header row")
        }
        let delimiter = Self.delimiter(ofFirstLineIn: bytes)
        var rows: [CSVTable.Row] = []
        while let row = try parser.nextRow(delimiter: delimiter) {
            if row.fields.count == 1 && row.fields[0].isEmpty { continue }
            rows.append(row)
        }
        return CSVTable(header: header, rows: rows, delimiter: Character(UnicodeScalar(delimiter)))
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func delimiter(ofFirstLineIn bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ",") where !quoted: commas += 1
            case UInt8(ascii: ";") where !quoted: semicolons += 1
            case UInt8(ascii: "\n") where !quoted: return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
            default: break
            }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Finds the first byte sequence that is not UTF-8 and says where, since a roster saved in
    /// Windows-1258 or TCVN3 would otherwise import as garbled names.
    private func checkUTF8(_ bytes: [UInt8]) throws(InputError) {
        var index = 0
        var line = 1
        var column = 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 0
                }
                index += 1
                column += 1
                continue
            }
            let length = Self.sequenceLength(bytes, at: index)
            guard length > 0 else {
                throw InputError(
                    at: SourceLocation(file: file, line: line, column: column),
                    "the file is not UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) cannot start or continue "
                        + "a character here (Windows-1258 or TCVN3?); save the file as CSV UTF-8 and import it again")
            }
            index += length
            column += 1
        }
    }

    /// Length of the well-formed UTF-8 sequence at `index`, or 0.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            highest = 0x9F
        case 0xF0:
            length = 4
            lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            highest = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (low, high) = offset == 1 ? (lowest, highest) : (UInt8(0x80), UInt8(0xBF))
            guard (low...high).contains(byte) else { return 0 }
        }
        return length
    }
}

/// The state machine over the bytes: position, line and character column.
private struct Parser {
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
            let (field, ended) = try nextField(delimiter: delimiter)
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
                        "a quoted field is never closed; expected a closing \" before the end of the file")
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
                    "unexpected text after a closing quote; expected a delimiter or the end of the line "
                        + "(a quote inside a quoted field is written \"\")")
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
