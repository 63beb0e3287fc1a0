import Foundation

extension MessageCatalog {
    /// The file named by `TTBD_UNTRANSLATED_LOG`, if any: each message worded while it is set whose pattern has no
    /// Vietnamese appends that pattern there, so a run of the test suite (whose tests mostly read English) lists
    /// the sentences a Vietnamese reader would still meet in English. `scripts/test` sets it and fails on a line.
    static let untranslatedLog: Int32? = ProcessInfo.processInfo.environment["TTBD_UNTRANSLATED_LOG"].flatMap {
        path in
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        return descriptor >= 0 ? descriptor : nil
    }

    /// Notes `pattern` in the log when it has no Vietnamese. A pattern of placeholders and punctuation only
    /// (`%@: %@`) reads the same in every language and is never noted.
    static func noteWording(of pattern: String) {
        guard let untranslatedLog, vietnamese[pattern] == nil,
            pattern.replacingOccurrences(of: "%@", with: "").contains(where: \.isLetter)
        else { return }
        // One write of a line is atomic on a file opened to append, so processes logging at once do not mix lines.
        let line = Array((pattern.replacingOccurrences(of: "\n", with: "\\n") + "\n").utf8)
        _ = line.withUnsafeBytes { write(untranslatedLog, $0.baseAddress, $0.count) }
    }
}
