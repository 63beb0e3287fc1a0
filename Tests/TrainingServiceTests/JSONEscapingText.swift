import TrainingModel

/// Random text for the tests that hold hand-written JSON to `JSONEncoder`'s bytes: runs of pieces holding
/// everything JSON escapes (quotes, backslashes, control characters), what it must leave alone (slashes, DEL,
/// U+2028), Vietnamese, emoji, and keys that sort differently by case and by accent.
enum JSONEscapingText {
    static let pieces = [
        "Nguyễn Thị Ánh", "Đắk Lắk", "\"", "\\", "/", "\n", "\t", "\r", "\u{8}", "\u{C}", "\u{0}", "\u{1}", "\u{1F}",
        "\u{7F}", "\u{2028}", "😀", "a", "Z", "_", "é", " ", ",", ":", "{}", "[]",
    ]

    /// Up to five pieces.
    static func random(using generator: inout RandomGenerator) -> String {
        (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
