public import TrainingModel

/// Reads the ITC-2007 curriculum-based course timetabling format (`.ctt`) into a ``Problem``.
///
/// Every problem is reported with its `file:line:column` and what was expected, so a hand-edited
/// instance can be fixed from the message alone. Each course's teacher becomes a ``Lecturer``; the
/// weights are ``Weights/ud2``.
public struct CTTReader: Sendable {
    public let file: String

    public init(file: String) {
        self.file = file
    }

    /// A word of a line and the column where it starts, counted from 1.
    struct Token {
        var text: Substring
        var column: Int
    }

    /// A non-blank line: its number, counted from 1, and its words.
    struct Line {
        var number: Int
        var tokens: [Token]
    }

    /// Stops reading when the structure is broken so badly that later lines cannot be understood.
    struct Abort: Error {}

    public func read(_ text: String) throws(InputError) -> Problem {
        var parser = Parser(file: file, lines: Self.lines(of: text))
        do {
            let problem = try parser.parse()
            if parser.diagnostics.isEmpty { return problem }
        } catch {}
        throw InputError(parser.diagnostics)
    }

    static func lines(of text: String) -> [Line] {
        var result: [Line] = []
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var tokens: [Token] = []
            var column = 1
            var start: Substring.Index?
            var startColumn = 1
            var index = rawLine.startIndex
            while index < rawLine.endIndex {
                let character = rawLine[index]
                if character == " " || character == "\t" || character == "\r" {
                    if let begin = start {
                        tokens.append(Token(text: rawLine[begin..<index], column: startColumn))
                        start = nil
                    }
                } else if start == nil {
                    start = index
                    startColumn = column
                }
                column += 1
                index = rawLine.index(after: index)
            }
            if let begin = start {
                tokens.append(Token(text: rawLine[begin..<rawLine.endIndex], column: startColumn))
            }
            if !tokens.isEmpty { result.append(Line(number: number, tokens: tokens)) }
        }
        return result
    }
}
