/// A SQL file cut into its statements, because the extended query protocol runs one statement per query.
///
/// The cut honours what can hide a `;`: quoted strings and identifiers, dollar-quoted bodies
/// (`$$ … $$`, `$fn$ … $fn$`), line comments and nested block comments.
struct SQLScript: Sendable {
    struct Statement: Sendable, Equatable {
        var text: String
        /// Line of the statement's first character in the file, from 1.
        var line: Int
    }

    let statements: [Statement]

    init(_ source: String) {
        var statements: [Statement] = []
        let characters = Array(source.unicodeScalars)
        var index = 0
        var line = 1
        var start = 0
        var startLine = 1
        var hasContent = false

        func flush(upTo end: Int) {
            let text = String(String.UnicodeScalarView(characters[start..<end]))
            if hasContent {
                statements.append(Statement(text: text.trimmingWhitespace(), line: startLine))
            }
            hasContent = false
        }
        func advance() {
            if characters[index] == "\n" { line += 1 }
            index += 1
        }
        func skip(until terminator: [Unicode.Scalar]) {
            while index < characters.count {
                if characters[index...].starts(with: terminator) {
                    for _ in terminator { advance() }
                    return
                }
                advance()
            }
        }

        while index < characters.count {
            let character = characters[index]
            if !hasContent && !character.properties.isWhitespace && !characters[index...].starts(with: ["-", "-"]) {
                hasContent = true
                start = index
                startLine = line
            }
            switch character {
            case "'", "\"":
                advance()
                skip(until: [character])
            case "-" where characters[index...].starts(with: ["-", "-"]):
                skip(until: ["\n"])
            case "/" where characters[index...].starts(with: ["/", "*"]):
                var depth = 0
                repeat {
                    if characters[index...].starts(with: ["/", "*"]) {
                        depth += 1
                        advance()
                    } else if characters[index...].starts(with: ["*", "/"]) {
                        depth -= 1
                        advance()
                    }
                    advance()
                } while depth > 0 && index < characters.count
            case "$":
                if let tag = Self.dollarTag(in: characters, at: index) {
                    for _ in tag { advance() }
                    skip(until: tag)
                } else {
                    advance()
                }
            case ";":
                flush(upTo: index)
                advance()
                start = index
            default:
                advance()
            }
        }
        flush(upTo: characters.count)
        self.statements = statements
    }

    /// `$tag$` starting at `index`, if there is one (a `$1` parameter is not a tag).
    private static func dollarTag(in characters: [Unicode.Scalar], at index: Int) -> [Unicode.Scalar]? {
        var end = index + 1
        while end < characters.count,
            characters[end] == "_" || characters[end].properties.isAlphabetic
                || (end > index + 1 && ("0"..."9").contains(characters[end]))
        {
            end += 1
        }
        guard end < characters.count, characters[end] == "$" else { return nil }
        return Array(characters[index...end])
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
