import Testing
import TrainingModel

@Suite("wall-clock times, half-day hours and local moments")
struct ClockTimeTests {
    @Test("reads HH:MM, H:MM and PostgreSQL's HH:MM:00, and refuses the rest")
    func clockTimes() {
        #expect(ClockTime(parsing: "07:30")?.description == "07:30")
        #expect(ClockTime(parsing: "7:05")?.description == "07:05")
        #expect(ClockTime(parsing: "13:30:00")?.description == "13:30")
        for bad in ["24:00", "07:60", "0730", "07:3", "7h30", "07:30:15", ""] {
            #expect(ClockTime(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("a range reads with a hyphen or an en dash and must start before it ends")
    func ranges() {
        #expect(ClockRange(parsing: "07:30-11:30")?.description == "07:30–11:30")
        #expect(ClockRange(parsing: "13:30 – 17:00")?.end.description == "17:00")
        #expect(ClockRange(parsing: "11:30-07:30") == nil)
        #expect(ClockRange(parsing: "07:30") == nil)
    }

    @Test("a local moment is a day, with or without a time")
    func moments() {
        #expect(LocalDateTime(parsing: "2026-05-04")?.description == "2026-05-04")
        #expect(LocalDateTime(parsing: "2026-05-04T08:00")?.time?.description == "08:00")
        #expect(LocalDateTime(parsing: "2026-05-04 8:00")?.description == "2026-05-04 08:00")
        #expect(LocalDateTime(parsing: "2026-02-30") == nil)
        #expect(LocalDateTime(parsing: "2026-05-04T25:00") == nil)
    }

    @Test("a venue's morning must end before its afternoon starts")
    func venueHours() {
        #expect(Venue(code: "HN", name: "Hà Nội").hoursProblem == nil)
        let overlapping = Venue(code: "HN", name: "Hà Nội", morning: ClockRange(parsing: "07:30-14:00")!)
        #expect(
            overlapping.hoursProblem?.description
                == "the morning (07:30–14:00) must end before the afternoon (13:30–17:00) starts")
    }
}
