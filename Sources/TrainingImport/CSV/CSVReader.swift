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
        var cursor = try self.cursor(data)
        var rows: [CSVTable.Row] = []
        while let row = try cursor.next() { rows.append(row) }
        return CSVTable(header: cursor.header, rows: rows, delimiter: cursor.delimiter)
    }

    /// The header, and the rows one at a time: a national roster can be checked and sent on while it is read.
    /// The header's text is checked here, the rows' as the cursor (or each part it is split into) reads them.
    public func cursor(_ data: Data) throws(InputError) -> CSVCursor {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let delimiter = Self.delimiter(ofFirstLineIn: bytes)
        var parser = CSVParser(bytes: bytes, file: file)
        let header = try parser.nextRow(delimiter: delimiter)
        try parser.checkText(in: 0..<parser.index, firstLine: 1)
        guard let header else {
            throw InputError(
                at: SourceLocation(file: file, line: 1, column: 1),
                "the file is empty; expected a header row" as Message)
        }
        return CSVCursor(header: header, delimiterByte: delimiter, parser: parser)
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
}
