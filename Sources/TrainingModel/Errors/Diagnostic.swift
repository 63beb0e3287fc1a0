/// A place in an input file, counted from 1 as editors do; in a workbook, a cell of a sheet (`line` its row,
/// `column` its column number).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var sheet: String?

    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `roster.csv:7:12`, or `roster.xlsx:'Danh sách'!B7` as Excel names a cell (the sheet quoted when its
    /// name is more than letters, digits and underscores).
    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        let plain = !sheet.isEmpty && sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return "\(file):\(name)!\(Self.columnLetters(column))\(line)"
    }

    /// A spreadsheet's name for column `number` (from 1): `A`…`Z`, `AA`…
    public static func columnLetters(_ number: Int) -> String {
        var index = number - 1
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}

/// One problem found in an input: where, and what is wrong and what was expected.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    /// What is wrong and what was expected, worded in the reader's language by ``MessageCatalog``.
    public var wording: Message

    /// The message in English.
    public var message: String { wording.description }

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: Message) {
        self.location = location
        self.severity = severity
        self.wording = message
    }

    /// `file:line:column: message`, with `warning: ` before warnings, as compilers print them.
    public var description: String { text(in: .english) }

    public func text(in language: Language) -> String {
        let message = wording.text(in: language)
        return severity == .warning ? "\(location): warning: \(message)" : "\(location): \(message)"
    }
}

/// Input that could not be read: every problem found, so one run shows them all.
public struct InputError: UserFacingError {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(at location: SourceLocation, _ message: Message) {
        self.init([Diagnostic(at: location, message)])
    }

    public var kind: FailureKind { .badData }

    public var description: String { text(in: .english) }

    public func text(in language: Language) -> String {
        diagnostics.map { $0.text(in: language) }.joined(separator: "\n")
    }
}
