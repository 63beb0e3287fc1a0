/// What every printable page of ttbd shares: text from the database is shown literally, never read as markup.
enum HTMLPage {
    /// Text as HTML shows it literally: `&`, `<`, `>` and both quotes escaped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
