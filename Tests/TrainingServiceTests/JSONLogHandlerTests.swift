import Foundation
import Logging
import Testing
import TrainingModel

@testable import TrainingService

/// The log line is written by hand; it must stay the JSON `JSONEncoder.sorted` writes for the same fields.
@Suite("JSON log lines")
struct JSONLogHandlerTests {
    @Test("the same bytes as JSONEncoder for messages and metadata holding what JSON escapes")
    func sameBytes() throws {
        var random = RandomGenerator(seed: 5)
        func text() -> String { JSONEscapingText.random(using: &random) }
        for _ in 0..<200 {
            var handler = JSONLogHandler(label: "ttbd." + text())
            handler[metadataKey: "request_id"] = .string(text())
            var metadata: Logger.Metadata = [:]
            for _ in 0..<Int.random(in: 0...4, using: &random) { metadata[text()] = .string(text()) }
            let event = LogEvent(
                level: .info, message: "\(text())", metadata: metadata, source: "ttbd", file: #fileID,
                function: #function, line: #line)
            let time = Date(timeIntervalSince1970: Double.random(in: 0...4_000_000_000, using: &random))
            var fields = ["time": ISO8601DateFormatter().string(from: time), "level": "info"]
            fields["label"] = handler.label
            fields["message"] = event.message.description
            for (key, value) in handler.metadata.merging(metadata, uniquingKeysWith: { $1 }) {
                fields[key] = value.description
            }
            let expected = try JSONEncoder.sorted.encode(fields) + [UInt8(ascii: "\n")]
            let written = handler.line(for: event, at: time)
            #expect(
                written == expected,
                "\(String(decoding: written, as: UTF8.self)) != \(String(decoding: expected, as: UTF8.self))")
        }
    }
}
