import TrainingModel

extension CSVParser {
    /// Finds the first byte sequence that is not UTF-8 and says where, since a roster saved in
    /// Windows-1258 or TCVN3 would otherwise import as garbled names; and the first control character,
    /// which no name or code has and PostgreSQL refuses (a NUL) or stores invisibly (the rest), bidirectional
    /// controls included (U+202E turns "ANH" into "HNA" on screen).
    func checkText(in range: Range<Int>, firstLine: Int) throws(InputError) {
        var index = range.lowerBound
        var line = firstLine
        var column = 1
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 0
                } else if let problem = InputLimits.controlCharacterProblem(byte) {
                    throw InputError(at: SourceLocation(file: file, line: line, column: column), problem)
                }
                index += 1
                column += 1
                continue
            }
            let length = Self.sequenceLength(bytes, at: index)
            guard length > 0 else {
                throw InputError(
                    at: SourceLocation(file: file, line: line, column: column),
                    """
                    the file is not UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) cannot start or continue \
                    a character here (Windows-1258 or TCVN3?); save the file as CSV UTF-8 and import it again
                    """ as Message)
            }
            if let problem = InputLimits.invisibleControlProblem(Self.scalar(bytes[index..<index + length])) {
                throw InputError(at: SourceLocation(file: file, line: line, column: column), problem)
            }
            index += length
            column += 1
        }
    }

    /// The code point of a well-formed UTF-8 sequence of two to four bytes.
    private static func scalar(_ sequence: ArraySlice<UInt8>) -> UInt32 {
        let lead = UInt32(sequence.first!) & (0xFF >> (sequence.count + 1))
        return sequence.dropFirst().reduce(lead) { ($0 << 6) | (UInt32($1) & 0x3F) }
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
