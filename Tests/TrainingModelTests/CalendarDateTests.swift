import Testing
import TrainingModel

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("reads ISO dates and Vietnamese day/month/year", arguments: ["1975-04-30", "30/04/1975", "30/4/1975"])
    func parses(text: String) {
        #expect(CalendarDate(parsing: text) == CalendarDate(year: 1975, month: 4, day: 30))
    }

    @Test(
        "refuses days that do not exist and shapes that are not dates",
        arguments: [
            "2026-02-29", "2024-13-01", "31/04/2026", "1975-4-30", "30-04-1975", "1975/04/30", "", "x", "2026-01-01x",
        ])
    func refuses(text: String) {
        #expect(CalendarDate(parsing: text) == nil)
    }

    @Test("29 February exists in leap years only, and dates print as YYYY-MM-DD")
    func leapYears() {
        #expect(CalendarDate(year: 2028, month: 2, day: 29)?.description == "2028-02-29")
        #expect(CalendarDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test("a run of digits too long for any part of a date is refused, not an overflow that stops the process")
    func longDigits() {
        #expect(CalendarDate(parsing: "2026-05-04000000000000000000") == nil)
        #expect(CalendarDate(parsing: "99999999999999999999/01/2026") == nil)
        #expect(CalendarDate(parsing: "02026-05-04") == nil)
    }
}
