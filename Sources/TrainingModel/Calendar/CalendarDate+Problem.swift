extension CalendarDate {
    /// Why `text` is not a day, to follow it in a message: a day written right that the calendar lacks is
    /// told apart from text that is not written as a date at all.
    public static func problem(with text: String) -> Message {
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        let vietnamese = text.split(separator: "/", omittingEmptySubsequences: false)
        let parts: (year: Int, month: Int, day: Int)?
        if iso.count == 3, iso.map(\.count) == [4, 2, 2], let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2])
        {
            parts = (y, m, d)
        } else if vietnamese.count == 3, vietnamese[2].count == 4, (1...2).contains(vietnamese[0].count),
            (1...2).contains(vietnamese[1].count), let d = Int(vietnamese[0]), let m = Int(vietnamese[1]),
            let y = Int(vietnamese[2])
        {
            parts = (y, m, d)
        } else {
            parts = nil
        }
        guard let parts, parts.year >= 1 else {
            return "is not a date; expected YYYY-MM-DD, such as 2026-05-04"
        }
        guard (1...12).contains(parts.month) else {
            return "is not a day of the calendar: there is no month \(parts.month); months go from 01 to 12"
        }
        let days = days(inMonth: parts.month, of: parts.year)
        return "is not a day of the calendar: month \(parts.month) of \(parts.year) has \(number: days) days"
    }
}
