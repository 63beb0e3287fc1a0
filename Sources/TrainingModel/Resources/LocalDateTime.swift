/// A day, and maybe a time on the wall clock, as staff type it: `2026-05-04` or `2026-05-04T08:00`.
public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
    public var date: CalendarDate
    /// `nil`: the whole day, from its start (as a beginning) or to its end (as an end).
    public var time: ClockTime?

    public init(date: CalendarDate, time: ClockTime? = nil) {
        self.date = date
        self.time = time
    }

    /// Reads `YYYY-MM-DD`, then optionally `T` or a space and `HH:MM`.
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " }).map(String.init)
        guard (1...2).contains(parts.count), let date = CalendarDate(parsing: parts[0]) else { return nil }
        if parts.count == 2 {
            guard let time = ClockTime(parsing: parts[1]) else { return nil }
            self.init(date: date, time: time)
        } else {
            self.init(date: date)
        }
    }

    public var description: String { time.map { "\(date) \($0)" } ?? date.description }
}
