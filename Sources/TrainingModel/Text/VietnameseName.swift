import Foundation

/// A person's name as Vietnamese writes it: family name first, then middle names, then the given name
/// (Nguyễn Thị Minh Khai: family Nguyễn, given Khai).
///
/// Lists of people sort by given name, then middle names, then family name; ``sortKey`` puts the words
/// in that order so a database collation (`vi-x-icu`) can sort by it.
public struct VietnameseName: Hashable, Sendable {
    /// The name in Unicode NFC, with runs of spaces collapsed.
    public let fullName: String
    public let words: [String]

    public init(_ text: String) {
        // Rosters hold hundreds of thousands of names: most are already NFC with single spaces, and for
        // those the Foundation normalization and Unicode whitespace checks are skipped.
        if text.isPlainlySpaced {
            words = text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            fullName = text
        } else {
            words = text.nfc.split(whereSeparator: \.isWhitespace).map(String.init)
            fullName = words.joined(separator: " ")
        }
    }

    public var familyName: String { words.first ?? "" }
    public var givenName: String { words.last ?? "" }
    public var middleNames: [String] { words.count > 2 ? Array(words[1..<(words.count - 1)]) : [] }

    /// Given name, middle names, family name: `Khai Thị Minh Nguyễn`.
    public var sortKey: String {
        guard words.count > 1 else { return fullName }
        return ([givenName] + middleNames + [familyName]).joined(separator: " ")
    }
}

extension String {
    /// The text in Unicode NFC. Vietnamese typed with combining marks (U+0300–U+036F, UTF-8 lead bytes
    /// 0xCC and 0xCD) is the case that needs work; other text is returned as it is, without the cost of
    /// Foundation's normalization.
    public var nfc: String {
        utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) ? precomposedStringWithCanonicalMapping : self
    }

    /// NFC already, words separated by single ASCII spaces, nothing around them.
    var isPlainlySpaced: Bool {
        var previous: UInt8 = 0x20
        for byte in utf8 {
            // Control characters, and 0xC2 (which leads U+0085 and the no-break space U+00A0), 0xE2/0xE3
            // (other Unicode spaces) and the combining marks need the slow path.
            if byte < 0x20 || byte == 0xC2 || byte == 0xCC || byte == 0xCD || byte == 0xE2 || byte == 0xE3 {
                return false
            }
            if byte == 0x20 && previous == 0x20 { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// Lowercased, without diacritics, `đ` as `d`: what search compares, as the database's `fold_text` does.
    public var foldedForSearch: String {
        let lowered = precomposedStringWithCanonicalMapping.lowercased()
            .replacingOccurrences(of: "đ", with: "d")
        return lowered.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
