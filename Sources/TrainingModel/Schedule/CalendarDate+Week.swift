extension CalendarDate {
    /// Days since 1970-01-01 (negative before), the count day arithmetic and weekdays are built on.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil: years start in March so the leap day comes last.
        let year = month <= 2 ? self.year - 1 : self.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)!
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// ISO 8601 weekday: 1 for Monday (thứ hai) to 7 for Sunday (chủ nhật).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday.
        ((daysSinceEpoch + 3) % 7 + 7) % 7 + 1
    }

    /// The Monday of this day's week.
    public var monday: CalendarDate {
        adding(days: 1 - isoWeekday)
    }

    /// ISO 8601 week: the year it belongs to and its number. Week 1 is the week with the year's first
    /// Thursday, so the first days of January may belong to the last week of the year before.
    public var isoWeek: (year: Int, number: Int) {
        let thursday = adding(days: 4 - isoWeekday)
        let january1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.daysSinceEpoch - january1.daysSinceEpoch) / 7 + 1)
    }

    /// `dd/mm/yyyy`, as Vietnamese documents write a day.
    public var vietnamese: String {
        String(description.split(separator: "-").reversed().joined(separator: "/"))
    }
}
