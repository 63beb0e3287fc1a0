import Foundation

/// Progress of long work on stderr, only when a person is watching a terminal: piped output stays clean.
struct Progress: Sendable {
    static let enabled = isatty(STDERR_FILENO) == 1

    let label: String

    init(label: String) {
        self.label = label
    }

    /// A line of its own.
    static func show(_ line: String) {
        if enabled { printError(line) }
    }

    /// Replaces the previous step on the same line.
    func say(_ step: String) {
        guard Self.enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(label): \(step)…".utf8))
    }

    func finish() {
        guard Self.enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
