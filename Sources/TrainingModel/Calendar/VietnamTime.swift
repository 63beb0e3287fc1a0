public import Foundation

extension TimeZone {
    /// The training center's time zone, in which staff read every instant.
    public static let vietnam = TimeZone(identifier: Venue.defaultTimeZone)!
}

extension FormatStyle where Self == Date.VerbatimFormatStyle {
    /// `04/05/2026 08:12:03`, in Vietnam: the day as Vietnamese writes it.
    public static var vietnamTime: Date.VerbatimFormatStyle {
        Date.VerbatimFormatStyle(
            format:
                "\(day: .twoDigits)/\(month: .twoDigits)/\(year: .defaultDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits)",
            timeZone: .vietnam, calendar: Calendar(identifier: .gregorian))
    }
}

extension String {
    /// A local day and time written `YYYY-MM-DD HH:MM` as Vietnamese reads it, `dd/mm/yyyy HH:MM`; other
    /// text as it is.
    public var vietnameseDayAndTime: String {
        let parts = split(separator: " ", maxSplits: 1)
        guard let day = parts.first.flatMap({ CalendarDate(parsing: String($0)) }) else { return self }
        return ([day.vietnamese] + parts.dropFirst().map(String.init)).joined(separator: " ")
    }
}
