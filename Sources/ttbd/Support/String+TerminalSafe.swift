import TrainingModel

extension String {
    /// The text with what a terminal would act on instead of showing replaced by U+FFFD: control characters
    /// (an ESC starts a colour or a cursor move) and the marks that reorder text (U+202E shows "ANH" as
    /// "HNA"). Records written before imports refused them, or by SQL, still print harmlessly.
    var terminalSafe: String {
        guard unicodeScalars.contains(where: \.isInvisibleControl) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0.isInvisibleControl ? "\u{FFFD}" : $0 }))
    }
}
