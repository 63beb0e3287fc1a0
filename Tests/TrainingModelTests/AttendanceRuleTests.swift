import Foundation
import Testing
import TrainingModel

@Suite("Attendance marks, check-in times and the completion rule")
struct AttendanceRuleTests {
    let start = Date(timeIntervalSince1970: 1_777_854_600)  // 2026-05-04 07:30 in Hanoi

    @Test("a check-in is present up to the grace minutes after the start, late after")
    func grace() {
        #expect(
            AttendanceStatus.checkIn(at: start.addingTimeInterval(-600), sessionStart: start, graceMinutes: 10)
                == .present)
        #expect(
            AttendanceStatus.checkIn(at: start.addingTimeInterval(600), sessionStart: start, graceMinutes: 10)
                == .present)
        #expect(
            AttendanceStatus.checkIn(at: start.addingTimeInterval(601), sessionStart: start, graceMinutes: 10) == .late)
        #expect(
            AttendanceStatus.checkIn(at: start.addingTimeInterval(1), sessionStart: start, graceMinutes: 0) == .late)
    }

    @Test("only present and late count as attended")
    func attended() {
        #expect(AttendanceStatus.allCases.filter(\.attended) == [.present, .late])
    }

    @Test("reads a local time (ISO or Vietnamese day), seconds, and ISO 8601 with Z or an offset")
    func parsesTimes() throws {
        let local = try #require(CheckInTime(parsing: "2026-05-04 07:42"))
        #expect(local.utcOffsetMinutes == nil)
        #expect(local.wallClock == "2026-05-04 07:42:00")
        #expect(local.description == "2026-05-04 07:42")
        let seconds = try #require(CheckInTime(parsing: "2026-05-04 07:42:09"))
        #expect(seconds.wallClock == "2026-05-04 07:42:09")
        #expect(CheckInTime(parsing: "2026-05-04T00:42:00Z")?.utcOffsetMinutes == 0)
        let hanoi = try #require(CheckInTime(parsing: "2026-05-04T07:42:00+07:00"))
        #expect(hanoi.utcOffsetMinutes == 420)
        #expect(hanoi.description == "2026-05-04 07:42+07:00")
        #expect(CheckInTime(parsing: "2026-05-04T07:42-0330")?.utcOffsetMinutes == -210)
        #expect(CheckInTime(parsing: "04/05/2026 07:42") == local)
    }

    @Test(
        "refuses times that are not a check-in",
        arguments: [
            "", "2026-05-04", "2026/05/04 07:42", "2026-05-04 7:42", "2026-05-04 24:00", "2026-02-30 08:00",
            "2026-05-04 07:60", "2026-05-04 07:42+7", "2026-05-04 07:42 ", "2026-05-04T07:42:00+15:00",
        ])
    func refusesTimes(_ text: String) {
        #expect(CheckInTime(parsing: text) == nil)
    }

    @Test("the sessions needed are the rule's share of the held ones, rounded up, without binary rounding")
    func sessionsNeeded() {
        #expect(CompletionRule(minimumAttendance: 0.8).sessionsNeeded(ofHeld: 10) == 8)
        #expect(CompletionRule(minimumAttendance: 0.8).sessionsNeeded(ofHeld: 9) == 8)
        #expect(CompletionRule(minimumAttendance: 0.7).sessionsNeeded(ofHeld: 10) == 7)
        #expect(CompletionRule(minimumAttendance: 1).sessionsNeeded(ofHeld: 6) == 6)
        #expect(CompletionRule(minimumAttendance: 0.8).sessionsNeeded(ofHeld: 0) == 0)
    }

    @Test("10 held sessions: 8 attended completes, 7 does not, and says why")
    func attendanceShare() {
        let rule = CompletionRule(minimumAttendance: 0.8)
        #expect(
            CompletionShortfall(heldSessions: 10, attendedSessions: 8, rule: rule, missingRequiredModules: []).completes
        )
        let seven = CompletionShortfall(heldSessions: 10, attendedSessions: 7, rule: rule, missingRequiredModules: [])
        #expect(!seven.completes)
        #expect(seven.description == "attended 7 of 10 held sessions, needs 8")
    }

    @Test("a missing required module fails the rule, named, unless the program does not ask for it")
    func missingModules() {
        let rule = CompletionRule(minimumAttendance: 0.8)
        let both = CompletionShortfall(
            heldSessions: 10, attendedSessions: 6, rule: rule, missingRequiredModules: ["B03"])
        #expect(both.description == "attended 6 of 10 held sessions, needs 8; missing required module B03")
        let two = CompletionShortfall(
            heldSessions: 10, attendedSessions: 9, rule: rule, missingRequiredModules: ["B02", "B03"])
        #expect(two.description == "missing required modules B02, B03")
        let lenient = CompletionRule(minimumAttendance: 0.8, requiresAllRequiredModules: false)
        #expect(
            CompletionShortfall(heldSessions: 10, attendedSessions: 8, rule: lenient, missingRequiredModules: ["B03"])
                .completes)
    }

    @Test("nothing held yet is a reason of its own")
    func nothingHeld() {
        let shortfall = CompletionShortfall(
            heldSessions: 0, attendedSessions: 0, rule: CompletionRule(), missingRequiredModules: [])
        #expect(shortfall.description == "none of their sessions has been held (closed) yet")
    }
}
