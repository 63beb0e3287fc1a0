extension Problem {
    /// A value from the request as a message may repeat it: at most `limit` characters (a 1 MB code is not sent
    /// back), control and bidirectional characters shown as U+FFFD so an answer printed in a terminal cannot
    /// recolour or reorder it.
    static func quoted(_ text: String, limit: Int = 40) -> String {
        let shown = text.unicodeScalars.prefix(limit).map { scalar -> Character in
            let unsafe =
                (scalar.properties.generalCategory == .control && scalar != "\n")
                || scalar.properties.generalCategory == .format
            return unsafe ? "\u{FFFD}" : Character(scalar)
        }
        return String(shown) + (text.unicodeScalars.count > limit ? "…" : "")
    }
}
