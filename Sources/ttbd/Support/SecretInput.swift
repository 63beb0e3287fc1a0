import Foundation

/// Reading a secret (a token, a password) from the person: piped on standard input, or typed at a prompt that
/// does not echo it.
enum SecretInput {
    /// Whether the secret is typed at a terminal rather than piped.
    static var isTyped: Bool { isatty(STDIN_FILENO) != 0 }

    /// The secret, without surrounding blanks, or nil when nothing was given.
    static func read(prompt: String) -> String? {
        let text: String
        if isTyped {
            FileHandle.standardError.write(Data(prompt.utf8))
            text = withoutEcho { readLine() ?? "" }
            FileHandle.standardError.write(Data("\n".utf8))
        } else {
            text = readLine() ?? ""
        }
        let secret = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return secret.isEmpty ? nil : secret
    }

    /// Runs `body` with the terminal's echo off, and turns it back on after.
    private static func withoutEcho<Result>(_ body: () -> Result) -> Result {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return body() }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
        return body()
    }
}
