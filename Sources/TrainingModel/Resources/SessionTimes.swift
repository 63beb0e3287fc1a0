/// When on its day a hand-made session runs: a half-day at the venue's hours, or hours given outright.
public enum SessionTimes: Hashable, Sendable {
    case halfDay(HalfDay)
    case hours(ClockRange)

    /// The hours at a venue with `venue`'s clock.
    public func hours(at venue: Venue) -> ClockRange {
        switch self {
        case .halfDay(let halfDay): venue.hours(of: halfDay)
        case .hours(let range): range
        }
    }
}
