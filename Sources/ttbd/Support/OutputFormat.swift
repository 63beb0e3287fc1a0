import ArgumentParser
import Foundation

/// How a command prints one result: text for people, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json

    /// Pretty, sorted, ISO-8601 JSON on stdout.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// How a command prints a list: a table for people, JSON or CSV for scripts.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case csv
}
