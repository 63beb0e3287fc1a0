import Foundation

/// Reading a token from the person: piped on standard input, or typed at a prompt that does not echo it.
enum TokenInput {
    static func read(prompt: String) throws -> String {
        let text: String
        if isatty(STDIN_FILENO) != 0 {
            FileHandle.standardError.write(Data(prompt.utf8))
            text = withoutEcho { readLine() ?? "" }
            FileHandle.standardError.write(Data("\n".utf8))
        } else {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else {
            throw ClientError(
                .usage, "no token given: paste the token the training center gave you, or pipe it on standard input")
        }
        return token
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
