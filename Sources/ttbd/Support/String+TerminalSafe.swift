extension String {
    /// The text with what a terminal would act on instead of showing replaced by U+FFFD: control characters
    /// (an ESC starts a colour or a cursor move) and the marks that reorder text (U+202E shows "ANH" as
    /// "HNA"). Records written before imports refused them, or by SQL, still print harmlessly.
    var terminalSafe: String {
        guard unicodeScalars.contains(where: Self.isUnsafe) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { Self.isUnsafe($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
            || [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
                .contains(scalar.value)
    }
}
