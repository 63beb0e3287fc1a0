/// The name a person signs in with: lowercase letters, digits, `.`, `_` and `-`, starting with a letter or
/// a digit (the `accounts.username` check of the database says the same).
public enum Username {
    /// What is wrong with `text` as a username, in words that say what to write; nil when nothing is.
    public static func problem(_ text: String) -> Message? {
        let allowed = text.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "." || $0 == "_" || $0 == "-" }
        guard let first = text.unicodeScalars.first, isLetterOrDigit(first), allowed else {
            return "'\(text)' cannot be a username: use lowercase letters, digits, '.', '_' and '-', "
                + "starting with a letter or a digit"
        }
        return nil
    }

    /// The username of a delegate's account: the delegate's code in lowercase, with `/` (allowed in codes,
    /// not in usernames) as `_` (allowed in usernames, not in codes), so two codes never share a username
    /// unless they differ only in case.
    public static func forDelegate(code: String) -> String {
        code.lowercased().replacingOccurrences(of: "/", with: "_")
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
