import Foundation
import TrainingModel

/// Progress of long work on stderr, only when a person is watching a terminal: piped output stays clean.
struct Progress: Sendable {
    static let enabled = isatty(STDERR_FILENO) == 1

    let label: Message
    private let started = ContinuousClock.now

    init(label: Message) {
        self.label = label
    }

    /// A line of its own.
    static func show(_ line: Message) {
        if enabled { printError(localized(line)) }
    }

    /// Replaces the previous step on the same line.
    func say(_ step: Message) {
        guard Self.enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(localized(label)): \(localized(step))…".utf8))
    }

    /// How far counted work is: `120.000 / 300.000 rows (40%), about 12 s left` when the total is known
    /// (the time left from the pace so far), the count alone when it is not.
    func count(_ done: Int, of total: Int?, _ unit: Message) {
        guard Self.enabled else { return }
        say(
            Message(
                verbatim: Self.text(done, of: total, unit, elapsed: ContinuousClock.now - started, in: TTBD.language)))
    }

    /// The line in `language` (English unless told); its counts are grouped with dots in both languages, as
    /// progress has always shown them.
    static func text(
        _ done: Int, of total: Int?, _ unit: Message, elapsed: Duration, in language: Language = .english
    ) -> String {
        let count = VietnameseNumber.grouped(Int64(done))
        guard let total, total >= done, total > 0 else { return ("\(count) \(unit)" as Message).text(in: language) }
        let percent = done * 100 / total
        let seconds = elapsed / .seconds(1)
        let left = done > 0 ? Int((seconds * Double(total - done) / Double(done)).rounded(.up)) : nil
        let time: Message? = left.map { $0 >= 120 ? "about \($0 / 60) min left" : "about \($0) s left" }
        let counted: Message = "\(count) / \(VietnameseNumber.grouped(Int64(total))) \(unit) (\(percent)%)"
        return (time.map { "\(counted), \($0)" } ?? counted).text(in: language)
    }

    func finish() {
        guard Self.enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
