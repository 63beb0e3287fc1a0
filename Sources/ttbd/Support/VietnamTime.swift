import Foundation
import TrainingModel

extension TimeZone {
    /// The training center's time zone, in which staff read every instant.
    static let vietnam = TimeZone(identifier: Venue.defaultTimeZone)!
}

extension FormatStyle where Self == Date.ISO8601FormatStyle {
    /// `2026-05-04 08:12:03`, in Vietnam.
    static var vietnamTime: Date.ISO8601FormatStyle {
        Date.ISO8601FormatStyle(dateTimeSeparator: .space, timeZone: .vietnam).year().month().day()
            .time(includingFractionalSeconds: false)
    }
}
