public import Foundation
public import Logging
import TrainingModel

/// Writes each log record as one JSON object on a line of standard error (`time`, `level`, `label`,
/// `message` and the metadata, e.g. `request_id`), so log collectors read fields without parsing prose.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let label: String

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        FileHandle.standardError.write(line(for: event, at: Date()))
    }

    /// The record as one line of JSON, keys sorted as JSONEncoder's `.sortedKeys` sorts them. Written by hand:
    /// with a line per request, the generic encoder was a twentieth of the service's time.
    func line(for event: LogEvent, at time: Date) -> Data {
        var fields: [String: String] = [
            "time": UTCFields(time).iso8601, "level": event.level.rawValue, "label": label,
            "message": event.message.description,
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            fields[key] = value.description
        }
        var json = JSONBytes(capacity: 256)
        json.beginObject()
        for key in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            json.key(key)
            json.string(fields[key])
        }
        json.endObject()
        return json.data + [UInt8(ascii: "\n")]
    }
}
