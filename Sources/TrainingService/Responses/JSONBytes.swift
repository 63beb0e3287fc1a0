import Foundation
import Hummingbird
import TrainingModel

/// JSON written straight into a byte buffer, byte for byte as ``JSONEncoder/sorted`` writes the same values:
/// strings escaped alike (`\b \t \n \f \r`, other controls as `\u00xx`, slashes left alone), instants as
/// whole-second ISO 8601 in UTC. For the few hot responses where Foundation's generic encoder costs more than
/// the rest of the request; the caller writes keys in sorted order, as `.sortedKeys` would.
struct JSONBytes {
    // Bytes gather in an array, copied into a ByteBuffer once: ByteBuffer's per-write bookkeeping cost
    // more than the writing.
    private var bytes: [UInt8] = []
    private var needsComma = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var buffer: ByteBuffer {
        ByteBuffer(bytes: bytes)
    }

    var data: Data {
        Data(bytes)
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A key of the current object; the value written next is its value.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        append(name)
        append("\":")
        needsComma = false
    }

    /// A key that is not known at compile time, escaped as any string.
    mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func string(_ text: String?) {
        guard var text else { return null() }
        separate()
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            var copied = 0
            for (index, byte) in utf8.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: utf8[copied..<index])
                append(Self.escape(byte))
                if byte < 0x20, Self.shortEscape(byte) == nil {
                    bytes.append(Self.hexDigit(byte >> 4))
                    bytes.append(Self.hexDigit(byte & 0xF))
                }
                copied = index + 1
            }
            bytes.append(contentsOf: utf8[copied...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func strings(_ texts: [String]) {
        beginArray()
        for text in texts { string(text) }
        endArray()
    }

    mutating func int(_ number: Int) {
        separate()
        bytes.append(contentsOf: String(number).utf8)
    }

    mutating func bool(_ value: Bool) {
        separate()
        append(value ? "true" : "false")
    }

    mutating func null() {
        separate()
        append("null")
    }

    /// `2026-05-04T00:30:00Z`: fractions of a second dropped, as `.iso8601` does; digits written in place,
    /// since building the text took as long as the rest of a timetable's page.
    mutating func instant(_ date: Date) {
        let fields = UTCFields(date)
        guard (0...9999).contains(fields.day.year) else { return string(fields.iso8601) }
        separate()
        bytes.append(UInt8(ascii: "\""))
        for (number, width, after) in [
            (fields.day.year, 4, "-"), (fields.day.month, 2, "-"), (fields.day.day, 2, "T"), (fields.hour, 2, ":"),
            (fields.minute, 2, ":"), (fields.second, 2, "Z"),
        ] as [(Int, Int, Unicode.Scalar)] {
            var divisor = width == 4 ? 1000 : 10
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
                divisor /= 10
            }
            bytes.append(UInt8(ascii: after))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A comma before every element or key but the first of its array or object; each value then asks for one.
    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    private static func shortEscape(_ byte: UInt8) -> StaticString? {
        switch byte {
        case 0x08: "\\b"
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0C: "\\f"
        case 0x0D: "\\r"
        case UInt8(ascii: "\""): "\\\""
        case UInt8(ascii: "\\"): "\\\\"
        default: nil
        }
    }

    private static func escape(_ byte: UInt8) -> StaticString {
        shortEscape(byte) ?? "\\u00"
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
