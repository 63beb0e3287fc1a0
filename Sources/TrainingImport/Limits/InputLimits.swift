import TrainingModel

/// The most text one value of an input file may hold, and the characters none may hold. A 5 MB cell or a
/// NUL byte is a broken export, not a name: refused at its line and column, it never reaches PostgreSQL,
/// which would otherwise fail the whole import with a raw error (a NUL is `22021`; a long name overflows
/// an index row, `54000`).
public enum InputLimits {
    /// Any cell of a CSV file or scalar of a catalog file.
    public static let field = 1_000
    /// A person's or a place's name, a title or a position: names are indexed, and an index row holds
    /// about 2,700 bytes, three bytes to a Vietnamese letter.
    public static let name = 200
    /// A code (delegate, venue, room, lecturer, module).
    public static let code = 50

    /// What is wrong with `text` when it is longer than `limit` characters.
    public static func lengthProblem(
        _ text: String, limit: Int, what: @autoclosure () -> Message = "the field"
    ) -> Message? {
        // Counting bytes first keeps the common short field from being counted character by character.
        guard text.utf8.count > limit else { return nil }
        let length = text.count
        guard length > limit else { return nil }
        return "\(what()) has \(number: length) characters; expected at most \(number: limit)"
    }

    /// What is wrong with an ASCII byte of text, when it is a control character other than a tab or a
    /// line break.
    public static func controlCharacterProblem(_ byte: UInt8) -> Message? {
        guard byte < 0x20 || byte == 0x7F, byte != 0x09, byte != 0x0A, byte != 0x0D else { return nil }
        let code = String(byte, radix: 16, uppercase: true)
        let point = "U+" + String(repeating: "0", count: 4 - code.count) + code + (byte == 0 ? " (NUL)" : "")
        return "a control character \(point); expected text (letters, digits, punctuation, tabs and line breaks)"
    }
}

extension InputLimits {
    /// What is wrong with a character beyond ASCII that no name or code has and a terminal or a page would act on
    /// unseen: a C1 control (U+0080–U+009F), or a mark that reorders text (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069).
    public static func invisibleControlProblem(_ scalar: UInt32) -> Message? {
        guard let character = Unicode.Scalar(scalar), character.isInvisibleControl else { return nil }
        let code = String(scalar, radix: 16, uppercase: true)
        let point = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        return character.properties.generalCategory == .control
            ? "a control character \(point); expected text (letters, digits, punctuation, tabs and line breaks)"
            : "an invisible direction mark \(point); expected text (letters, digits, punctuation, tabs and line breaks)"
    }

    /// The first control character of `text` other than a tab or a line break, where it is.
    static func firstControlCharacter(in text: String, file: String) -> Diagnostic? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            let problem =
                scalar.isASCII
                ? controlCharacterProblem(UInt8(scalar.value)) : invisibleControlProblem(scalar.value)
            if let problem {
                return Diagnostic(at: SourceLocation(file: file, line: line, column: column), problem)
            }
            column += 1
        }
        return nil
    }
}

extension Int {
    /// `2,097,152`: grouped as the messages around it are.
    fileprivate var grouped: String {
        let digits = String(self)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset).isMultiple(of: 3) { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }
}
