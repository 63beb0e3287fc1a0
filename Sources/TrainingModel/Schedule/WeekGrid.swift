/// One ISO week of a timetable as people read it on paper: days Monday to Sunday as columns, the morning
/// (sáng) and afternoon (chiều) as rows, and in each cell what happens then. The terminal grid and the
/// printed HTML page both draw from it, so they agree on which weeks and cells there are.
public struct WeekGrid<Entry: Sendable>: Sendable {
    /// The ISO week-numbering year and week number.
    public var year: Int
    public var number: Int
    /// Monday to Sunday.
    public var days: [CalendarDate]
    /// Per half-day, per day (0 Monday … 6 Sunday), the entries in the order they were given.
    public var cells: [HalfDay: [[Entry]]]

    /// Thứ 2 … Chủ nhật, Monday first as Vietnamese calendars print it.
    public static var dayNames: [String] { ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"] }

    /// `Tuần 23: 01/06/2026 – 07/06/2026`.
    public var heading: String {
        "Tuần \(number): \(days[0].vietnamese) – \(days[6].vietnamese)"
    }

    /// The entries of `halfDay` on the `day`-th day of the week (0 for Monday).
    public func entries(_ halfDay: HalfDay, day: Int) -> [Entry] {
        cells[halfDay]?[day] ?? []
    }

    /// The weeks that hold at least one of `entries`, in calendar order; weeks without any are left out.
    public static func weeks(
        of entries: [Entry], date: (Entry) -> CalendarDate, halfDay: (Entry) -> HalfDay
    ) -> [WeekGrid] {
        var byMonday: [CalendarDate: WeekGrid] = [:]
        for entry in entries {
            let day = date(entry)
            let monday = day.monday
            var week = byMonday[monday] ?? WeekGrid(monday: monday)
            week.cells[halfDay(entry), default: Array(repeating: [], count: 7)][day.isoWeekday - 1].append(entry)
            byMonday[monday] = week
        }
        return byMonday.keys.sorted().map { byMonday[$0]! }
    }

    private init(monday: CalendarDate) {
        (year, number) = monday.isoWeek
        days = (0..<7).map { monday.adding(days: $0) }
        cells = [:]
    }
}
