/// A session of a conference's programme as a file or `conferences add-session` gives it: a day of the
/// conference, a time range in Vietnam's time, what it is about and who speaks.
public struct ProgrammeSession: Hashable, Sendable {
    public var day: CalendarDate
    public var starts: ClockTime
    public var ends: ClockTime
    public var title: String
    public var speaker: String?

    public init(day: CalendarDate, starts: ClockTime, ends: ClockTime, title: String, speaker: String?) {
        self.day = day
        self.starts = starts
        self.ends = ends
        self.title = title
        self.speaker = speaker
    }
}
