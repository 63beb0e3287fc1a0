import Foundation

/// A stretch of one day on the wall clock, start before end: the hours of a half-day (`07:30-11:30`).
public struct ClockRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public let start: ClockTime
    public let end: ClockTime

    public init?(start: ClockTime, end: ClockTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// Reads `07:30-11:30` (an en dash also separates).
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 2, let start = ClockTime(parsing: parts[0]), let end = ClockTime(parsing: parts[1])
        else { return nil }
        self.init(start: start, end: end)
    }

    /// `07:30–11:30`, as a timetable prints it.
    public var description: String { "\(start)–\(end)" }
}
