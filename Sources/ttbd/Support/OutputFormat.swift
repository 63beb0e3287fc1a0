import ArgumentParser
import Foundation

/// How a command prints one result: text for people, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json

    /// Pretty, sorted, ISO-8601 JSON on stdout.
    static func printJSON(_ value: some Encodable) throws {
        print(try json(value))
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// How a command prints a list: a table for people, JSON or CSV for scripts, an Excel workbook.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
    case xlsx
}

/// The field separator of CSV: a comma, or a semicolon for Excel set to a locale (Vietnamese among them)
/// whose decimal separator is the comma.
enum CSVDelimiter: String, ExpressibleByArgument, CaseIterable {
    case comma = ","
    case semicolon = ";"

    var character: Character { rawValue.first! }
}
