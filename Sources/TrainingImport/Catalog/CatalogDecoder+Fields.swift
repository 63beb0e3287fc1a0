import Foundation
import TrainingModel
import Yams

/// The fields of one YAML mapping, read once so every missing, unknown or mistyped field is reported.
struct Fields {
    let what: Message
    let location: SourceLocation
    private var values: [String: Node] = [:]

    init(what: Message, location: SourceLocation, values: [String: Node]) {
        self.what = what
        self.location = location
        self.values = values
    }

    subscript(_ name: String) -> Node? { values[name] }
}

extension CatalogDecoder {
    func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func report(_ message: Message, at node: Node) {
        report(message, at: location(of: node))
    }

    mutating func report(_ message: Message, at location: SourceLocation) {
        diagnostics.append(Diagnostic(at: location, message))
    }

    /// Whether `node` is YAML's null: an empty value, `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// What a node is, in the words of a message: "a list", "a mapping", "the text 'x'".
    static func describe(_ node: Node) -> Message {
        switch node {
        case .scalar(let scalar): isNull(node) ? "nothing" : "'\(scalar.string)'" as Message
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The fields of a mapping that describes `what`; reports a node that is not a mapping, unknown
    /// fields (typos) and missing required ones.
    mutating func fields(
        of node: Node, what: Message, required: [String], optional: [String] = []
    ) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(
                "expected \(what) as a mapping of fields (\(required.joined(separator: ", "))), found \(Self.describe(node))",
                at: node)
            return nil
        }
        var values: [String: Node] = [:]
        let known = required + optional
        for (key, value) in mapping {
            guard case .scalar(let name) = key else {
                report("expected a field name in \(what), found \(Self.describe(key))", at: key)
                continue
            }
            guard known.contains(name.string) else {
                report(
                    "unknown field '\(name.string)' in \(what); expected one of: \(known.joined(separator: ", "))",
                    at: key)
                continue
            }
            values[name.string] = value
        }
        let missing = required.filter { values[$0].map(Self.isNull) ?? true }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            report(
                missing.count > 1 ? "\(what) is missing the fields \(names)" : "\(what) is missing the field \(names)",
                at: node)
        }
        return Fields(what: what, location: location(of: node), values: values)
    }

    /// The text of a scalar field, in NFC; `nil` (reported) when it is not text or is empty.
    mutating func text(_ fields: Fields, _ name: String) -> String? {
        guard let node = fields[name], !Self.isNull(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            report("'\(name)' of \(fields.what) should be text, found \(Self.describe(node))", at: node)
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else {
            report("'\(name)' of \(fields.what) is empty; expected text", at: node)
            return nil
        }
        let limit = ["name", "title", "title_en"].contains(name) ? InputLimits.name : InputLimits.field
        if let problem = InputLimits.lengthProblem(value, limit: limit, what: "'\(name)' of \(fields.what)") {
            report(problem, at: node)
            return nil
        }
        return value.precomposedStringWithCanonicalMapping
    }

    /// A code: text of letters, digits and `._/-`, starting with a letter or digit. Read as written, so
    /// `01` keeps its zero even unquoted.
    mutating func code(_ fields: Fields, _ name: String) -> Located<String>? {
        guard let node = fields[name], let value = text(fields, name) else { return nil }
        let valid =
            value.unicodeScalars.first.map(Self.codeStart.contains) == true
            && value.unicodeScalars.allSatisfy(Self.codeCharacters.contains)
        guard valid else {
            report(
                "'\(value)' is not a valid \(name) for \(fields.what); expected letters, digits and . _ / - (starting with a letter or digit)",
                at: node)
            return nil
        }
        return Located(value, at: location(of: node))
    }

    private static let codeStart = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    private static let codeCharacters = codeStart.union(CharacterSet(charactersIn: "._/-"))

    /// A code made of exactly `digits` digits (province `01`, commune `00004`).
    mutating func digits(_ fields: Fields, _ name: String, count: Int) -> Located<String>? {
        guard let node = fields[name], let value = text(fields, name) else { return nil }
        guard value.count == count, value.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            report("'\(value)' is not a valid \(name) for \(fields.what); expected \(count) digits", at: node)
            return nil
        }
        return Located(value, at: location(of: node))
    }

    /// A whole number greater than zero.
    mutating func positiveInteger(_ fields: Fields, _ name: String) -> Int? {
        guard let node = fields[name], let value = text(fields, name) else { return nil }
        guard let number = Int(value) else {
            report("'\(name)' of \(fields.what) should be a whole number, found '\(value)'", at: node)
            return nil
        }
        guard number > 0 else {
            report("'\(name)' of \(fields.what) must be a positive whole number, found \(number)", at: node)
            return nil
        }
        return number
    }

    /// `true` or `false`; `defaultValue` when the field is absent.
    mutating func boolean(_ fields: Fields, _ name: String, default defaultValue: Bool) -> Bool {
        guard let node = fields[name], !Self.isNull(node) else { return defaultValue }
        guard case .scalar(let scalar) = node, ["true", "false"].contains(scalar.string.lowercased()) else {
            report("'\(name)' of \(fields.what) should be true or false, found \(Self.describe(node))", at: node)
            return defaultValue
        }
        return scalar.string.lowercased() == "true"
    }

    /// A day written `YYYY-MM-DD` that exists on the calendar.
    mutating func date(_ fields: Fields, _ name: String) -> Located<CalendarDate>? {
        guard let node = fields[name], let value = text(fields, name) else { return nil }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else {
            report("'\(name)' of \(fields.what) should be a date written YYYY-MM-DD, found '\(value)'", at: node)
            return nil
        }
        guard let date = CalendarDate(parsing: value) else {
            report("'\(name)' of \(fields.what) is \(value), a date that does not exist", at: node)
            return nil
        }
        return Located(date, at: location(of: node))
    }

    /// One of the raw values of `Choice`.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ fields: Fields, _ name: String, as type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        guard let node = fields[name], let value = text(fields, name) else { return nil }
        guard let choice = Choice(rawValue: value) else {
            let choices = Choice.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            report("'\(value)' is not a valid \(name) for \(fields.what); expected one of \(choices)", at: node)
            return nil
        }
        return choice
    }

    /// A list of texts; a single text is read as a list of one. Empty when the field is absent.
    mutating func texts(_ fields: Fields, _ name: String) -> [Located<String>] {
        guard let node = fields[name], !Self.isNull(node) else { return [] }
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar: items = [node]
        default:
            report("'\(name)' of \(fields.what) should be a list of texts, found \(Self.describe(node))", at: node)
            return []
        }
        var result: [Located<String>] = []
        for item in items {
            guard case .scalar(let scalar) = item, !Self.isNull(item) else {
                report("each of '\(name)' of \(fields.what) should be text, found \(Self.describe(item))", at: item)
                continue
            }
            let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else {
                report("an entry of '\(name)' of \(fields.what) is empty", at: item)
                continue
            }
            result.append(Located(value.precomposedStringWithCanonicalMapping, at: location(of: item)))
        }
        return result
    }
}
