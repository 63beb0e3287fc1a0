import Testing
import TrainingModel

@Suite("Weeks of a timetable")
struct WeekGridTests {
    private static func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    @Test(
        "ISO week numbers, with the first days of January in the last week of the year before",
        arguments: [
            ("2026-06-01", 2026, 23), ("2026-06-07", 2026, 23), ("2026-01-01", 2026, 1), ("2025-12-29", 2026, 1),
            ("2027-01-03", 2026, 53), ("2027-01-04", 2027, 1), ("2024-12-30", 2025, 1), ("2021-01-03", 2020, 53),
        ])
    func isoWeeks(date: String, year: Int, number: Int) {
        let week = Self.day(date).isoWeek
        #expect(week.year == year)
        #expect(week.number == number)
    }

    @Test("weekdays count from Monday, and day arithmetic crosses months, leap days and 1970")
    func days() {
        #expect(Self.day("2026-06-01").isoWeekday == 1)
        #expect(Self.day("2026-06-07").isoWeekday == 7)
        #expect(Self.day("1970-01-01").daysSinceEpoch == 0)
        #expect(Self.day("1969-12-31").daysSinceEpoch == -1)
        #expect(Self.day("2028-02-28").adding(days: 1) == Self.day("2028-02-29"))
        #expect(Self.day("2026-03-01").adding(days: -1) == Self.day("2026-02-28"))
        #expect(Self.day("2026-06-03").monday == Self.day("2026-06-01"))
        #expect(Self.day("2026-06-03").vietnamese == "03/06/2026")
    }

    @Test("entries fall in their week, day and half-day in the given order; empty weeks are left out")
    func grid() throws {
        let entries: [(String, HalfDay, String)] = [
            ("2026-06-19", .afternoon, "late"), ("2026-06-01", .morning, "first"), ("2026-06-01", .morning, "second"),
            ("2026-06-07", .afternoon, "sunday"),
        ]
        let weeks = WeekGrid.weeks(of: entries, date: { Self.day($0.0) }, halfDay: \.1)
        #expect(weeks.map(\.heading) == ["Tuần 23: 01/06/2026 – 07/06/2026", "Tuần 25: 15/06/2026 – 21/06/2026"])
        #expect(weeks[0].entries(.morning, day: 0).map(\.2) == ["first", "second"])
        #expect(weeks[0].entries(.afternoon, day: 6).map(\.2) == ["sunday"])
        #expect(weeks[0].entries(.afternoon, day: 0).isEmpty)
        #expect(weeks[1].entries(.afternoon, day: 4).map(\.2) == ["late"])
        #expect(weeks[1].days.first == Self.day("2026-06-15"))
        #expect(WeekGrid<String>.weeks(of: [], date: { Self.day($0) }, halfDay: { _ in .morning }).isEmpty)
    }
}
