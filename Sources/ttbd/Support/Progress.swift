import Foundation
import TrainingModel

/// Progress of long work on stderr, only when a person is watching a terminal: piped output stays clean.
struct Progress: Sendable {
    static let enabled = isatty(STDERR_FILENO) == 1

    let label: String
    private let started = ContinuousClock.now

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

    /// How far counted work is: `120.000 / 300.000 rows (40%), about 12 s left` when the total is known
    /// (the time left from the pace so far), the count alone when it is not.
    func count(_ done: Int, of total: Int?, _ unit: String) {
        guard Self.enabled else { return }
        say(Self.text(done, of: total, unit, elapsed: ContinuousClock.now - started))
    }

    static func text(_ done: Int, of total: Int?, _ unit: String, elapsed: Duration) -> String {
        let count = VietnameseNumber.grouped(Int64(done))
        guard let total, total >= done, total > 0 else { return "\(count) \(unit)" }
        let percent = done * 100 / total
        let seconds = elapsed / .seconds(1)
        let left = done > 0 ? Int((seconds * Double(total - done) / Double(done)).rounded(.up)) : nil
        let time = left.map { $0 >= 120 ? "about \($0 / 60) min left" : "about \($0) s left" }
        return "\(count) / \(VietnameseNumber.grouped(Int64(total))) \(unit) (\(percent)%)"
            + (time.map { ", " + $0 } ?? "")
    }

    func finish() {
        guard Self.enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
