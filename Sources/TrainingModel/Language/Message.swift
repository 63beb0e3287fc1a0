import Foundation

/// A sentence for a person, kept as its English pattern and its values, so that each front end words it in its
/// reader's language while the English pattern stays the key of the translation (as gettext keys on msgid).
///
/// Written as a string literal with interpolations: `"no class has the code \(code)"` is the pattern
/// `no class has the code %@` with one value. A value that is itself a message is worded in the same language.
public struct Message: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    public enum Value: Sendable, Hashable {
        case text(String)
        case message(Message)
        /// A count, grouped as the language writes it: 3,321 in English, 3.321 in Vietnamese.
        case number(Int)
        /// A day, `YYYY-MM-DD`: written dd/mm/yyyy in Vietnamese, as it is in English.
        case day(String)
    }

    /// The English text with `%@` where each value goes and `%%` for a percent sign.
    public let pattern: String
    public let values: [Value]

    public init(stringLiteral literal: String) {
        pattern = Self.escaped(literal)
        values = []
    }

    public init(stringInterpolation: Interpolation) {
        pattern = stringInterpolation.pattern
        values = stringInterpolation.values
    }

    /// A pattern made at run time, e.g. a count with its noun (`%@ delegates`); its translation is looked up the
    /// same way.
    public init(pattern: String, values: [Value]) {
        self.pattern = pattern
        self.values = values
    }

    /// Text shown as it is in every language: data, or a sentence another program wrote.
    public init(verbatim text: String) {
        pattern = "%@"
        values = [.text(text)]
    }

    public struct Interpolation: StringInterpolationProtocol {
        var pattern = ""
        var values: [Value] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            pattern.reserveCapacity(literalCapacity + 2 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            pattern += Message.escaped(literal)
        }

        public mutating func appendInterpolation(_ message: Message) {
            pattern += "%@"
            values.append(.message(message))
        }

        public mutating func appendInterpolation(number: Int) {
            pattern += "%@"
            values.append(.number(number))
        }

        public mutating func appendInterpolation(day: String) {
            pattern += "%@"
            values.append(.day(day))
        }

        public mutating func appendInterpolation(day: CalendarDate) {
            appendInterpolation(day: day.description)
        }

        public mutating func appendInterpolation(_ value: some Any) {
            pattern += "%@"
            values.append(.text(String(describing: value)))
        }
    }

    /// The sentence in `language`: its translation from ``MessageCatalog`` with the values put in (`%@` in turn,
    /// or `%2$@` by position, for a language that orders them differently), or the English when it has none.
    public func text(in language: Language) -> String {
        MessageCatalog.noteWording(of: pattern)
        let template = language == .english ? pattern : MessageCatalog.translation(of: pattern, in: language) ?? pattern
        var result = ""
        var next = 0
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            index = template.index(after: index)
            guard character == "%", index < template.endIndex else {
                result.append(character)
                continue
            }
            if template[index] == "%" {
                result.append("%")
                index = template.index(after: index)
                continue
            }
            var position: Int?
            var digits = ""
            var scan = index
            while scan < template.endIndex, template[scan].isASCII, template[scan].isNumber {
                digits.append(template[scan])
                scan = template.index(after: scan)
            }
            if !digits.isEmpty, scan < template.endIndex, template[scan] == "$", let number = Int(digits) {
                position = number - 1
                index = template.index(after: scan)
            }
            guard index < template.endIndex, template[index] == "@" else {
                result.append("%")
                continue
            }
            index = template.index(after: index)
            let value = position ?? next
            if position == nil { next += 1 }
            if values.indices.contains(value) {
                switch values[value] {
                case .text(let text): result += text
                case .message(let message): result += message.text(in: language)
                case .number(let number):
                    let grouped = VietnameseNumber.grouped(Int64(number))
                    result += language == .vietnamese ? grouped : grouped.replacingOccurrences(of: ".", with: ",")
                case .day(let day): result += language == .vietnamese ? day.vietnameseDayAndTime : day
                }
            }
        }
        return result
    }

    /// One message after the other, as one pattern: long sentences are written as literals joined with `+`.
    public static func + (lhs: Message, rhs: Message) -> Message {
        Message(pattern: lhs.pattern + rhs.pattern, values: lhs.values + rhs.values)
    }

    /// `messages` one after the other with `separator` between them (`; ` between reasons).
    public static func joined(_ messages: [Message], separator: String) -> Message {
        Message(
            pattern: messages.map { _ in "%@" }.joined(separator: escaped(separator)),
            values: messages.map(Value.message))
    }

    /// The English sentence: what logs and `String(describing:)` show.
    public var description: String { text(in: .english) }

    static func escaped(_ literal: String) -> String {
        // By bytes: Foundation's `contains` of a string searches with a locale, and sentences are made per row.
        literal.utf8.contains(UInt8(ascii: "%")) ? literal.replacingOccurrences(of: "%", with: "%%") : literal
    }
}
