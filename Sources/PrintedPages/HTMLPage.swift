import Crypto
import Foundation

/// What every printable page of ttbd shares: text from the database is shown literally, never read as markup.
public enum HTMLPage {
    /// Text as HTML shows it literally: `&`, `<`, `>` and both quotes escaped.
    public static func escape(_ text: String) -> String {
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

    /// The Content-Security-Policy source that allows exactly the inline `<style>` element holding `style`
    /// (`'sha256-…'`), so a printed page can be served without allowing any other inline style.
    public static func source(ofInlineStyle style: String) -> String {
        "'sha256-" + Data(SHA256.hash(data: Data(style.utf8))).base64EncodedString() + "'"
    }
}
