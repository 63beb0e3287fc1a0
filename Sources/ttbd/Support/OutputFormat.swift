import ArgumentParser
import Foundation

/// How a command prints its result: a table or text for people, JSON or CSV for scripts.
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
