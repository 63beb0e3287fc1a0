import Foundation
import Hummingbird
import TrainingModel

/// JSON written straight into a byte buffer, byte for byte as ``JSONEncoder/sorted`` writes the same values:
/// strings escaped alike (`\b \t \n \f \r`, other controls as `\u00xx`, slashes left alone), instants as
/// whole-second ISO 8601 in UTC. For the few hot responses where Foundation's generic encoder costs more than
/// the rest of the request; the caller writes keys in sorted order, as `.sortedKeys` would.
struct JSONBytes {
    private(set) var buffer: ByteBuffer
    private var needsComma = false

    init(capacity: Int) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    mutating func beginObject() {
        separate()
        buffer.writeInteger(UInt8(ascii: "{"))
        needsComma = false
    }

    mutating func endObject() {
        buffer.writeInteger(UInt8(ascii: "}"))
        needsComma = true
    }

    mutating func beginArray() {
        separate()
        buffer.writeInteger(UInt8(ascii: "["))
        needsComma = false
    }

    mutating func endArray() {
        buffer.writeInteger(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A key of the current object; the value written next is its value.
    mutating func key(_ name: StaticString) {
        separate()
        buffer.writeInteger(UInt8(ascii: "\""))
        buffer.writeStaticString(name)
        buffer.writeStaticString("\":")
        needsComma = false
    }

    mutating func string(_ text: String?) {
        guard let text else { return null() }
        separate()
        buffer.writeInteger(UInt8(ascii: "\""))
        var copied = text.utf8.startIndex
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            buffer.writeBytes(text.utf8[copied..<index])
            buffer.writeStaticString(Self.escape(byte))
            if byte < 0x20, Self.shortEscape(byte) == nil {
                buffer.writeInteger(Self.hexDigit(byte >> 4))
                buffer.writeInteger(Self.hexDigit(byte & 0xF))
            }
            copied = text.utf8.index(after: index)
        }
        buffer.writeBytes(text.utf8[copied...])
        buffer.writeInteger(UInt8(ascii: "\""))
    }

    mutating func strings(_ texts: [String]) {
        beginArray()
        for text in texts { string(text) }
        endArray()
    }

    mutating func int(_ number: Int) {
        separate()
        buffer.writeString(String(number))
    }

    mutating func bool(_ value: Bool) {
        separate()
        buffer.writeStaticString(value ? "true" : "false")
    }

    mutating func null() {
        separate()
        buffer.writeStaticString("null")
    }

    /// `2026-05-04T00:30:00Z`: fractions of a second dropped, as `.iso8601` does.
    mutating func instant(_ date: Date) {
        string(UTCFields(date).iso8601)
    }

    /// A comma before every element or key but the first of its array or object; each value then asks for one.
    private mutating func separate() {
        if needsComma { buffer.writeInteger(UInt8(ascii: ",")) }
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
