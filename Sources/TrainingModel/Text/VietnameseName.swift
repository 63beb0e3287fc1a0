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
        let normalized = text.precomposedStringWithCanonicalMapping
        words = normalized.split(whereSeparator: \.isWhitespace).map(String.init)
        fullName = words.joined(separator: " ")
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
    /// Lowercased, without diacritics, `đ` as `d`: what search compares, as the database's `fold_text` does.
    public var foldedForSearch: String {
        let lowered = precomposedStringWithCanonicalMapping.lowercased()
            .replacingOccurrences(of: "đ", with: "d")
        return lowered.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
