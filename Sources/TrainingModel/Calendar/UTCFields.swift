public import Foundation

/// The UTC calendar fields of an instant, by arithmetic (no `Calendar`, no ICU): the hot paths of the service
/// write dates and times for every session they send. Fractions of a second are dropped, as ISO 8601 output
/// without fractions does.
public struct UTCFields: Sendable, Equatable {
    public let day: CalendarDate
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init(_ instant: Date) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let (days, rest) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (dayShift, secondOfDay) = rest < 0 ? (-1, rest + 86_400) : (0, rest)
        day = CalendarDate(daysSinceEpoch: days + dayShift)
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
    }

    /// `HH:MM`, as `to_char(…, 'HH24:MI')` writes it.
    public var hourAndMinute: String {
        Self.twoDigits(hour) + ":" + Self.twoDigits(minute)
    }

    /// `2026-05-04T00:30:00Z`, as `JSONEncoder`'s `.iso8601` writes the instant.
    public var iso8601: String {
        "\(day)T\(hourAndMinute):\(Self.twoDigits(second))Z"
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }
}
