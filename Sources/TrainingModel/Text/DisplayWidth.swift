extension String {
    /// The columns a terminal gives this text: a precomposed Vietnamese letter (NFC) takes one, a combining
    /// mark or an invisible format character none, a wide East Asian character or an emoji two. Counting
    /// `Character`s is not enough: NFD text, zero-width joiners and CJK names would all misalign a table.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + $1.displayWidth }
    }

    /// The text followed by spaces up to `width` display columns (unchanged when it is already wider).
    public func padded(toDisplayWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - displayWidth))
    }
}

extension Unicode.Scalar {
    /// 0, 1 or 2 columns, after Unicode's East Asian Width (UAX #11): wide and fullwidth ranges take two.
    var displayWidth: Int {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if properties.isEmojiPresentation { return 2 }
        return Self.wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK compatibility ideographs, vertical and
    /// compatibility forms, fullwidth forms and signs, and the supplementary ideographic planes.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
    ]
}
