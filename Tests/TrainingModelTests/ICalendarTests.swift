import Foundation
import Testing
import TrainingModel

@Suite("iCalendar writer")
struct ICalendarTests {
    static let stamp = Date(timeIntervalSince1970: 1_779_271_200)  // 2026-05-20 10:00:00 UTC

    @Test("a calendar of a confirmed and a cancelled session, as exact RFC 5545 text")
    func calendar() {
        let calendar = ICalendar(events: [
            ICalendarEvent(
                uid: "session-7@ttbd", sequence: 2, start: Date(timeIntervalSince1970: 1_780_273_800),
                end: Date(timeIntervalSince1970: 1_780_288_200), summary: "B01. Tổng quan về HĐND",
                location: "Phòng 1, Hội trường Hà Nội",
                description: "Lớp B-HN-01, nhóm N1\nGiảng viên: Trần Thị Hoa; \\ x"),
            ICalendarEvent(
                uid: "session-8@ttbd", sequence: 0, start: Date(timeIntervalSince1970: 1_780_381_800),
                end: Date(timeIntervalSince1970: 1_780_394_400), summary: "B02. Kỹ năng chất vấn",
                status: .cancelled),
        ])
        let expected = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ttbd//Lịch bồi dưỡng đại biểu//VI", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT", "UID:session-7@ttbd", "DTSTAMP:20260520T100000Z", "DTSTART:20260601T003000Z",
            "DTEND:20260601T043000Z", "SEQUENCE:2", "STATUS:CONFIRMED", "SUMMARY:B01. Tổng quan về HĐND",
            "LOCATION:Phòng 1\\, Hội trường Hà Nội",
            // 76 octets: the last one goes on a continuation line.
            "DESCRIPTION:Lớp B-HN-01\\, nhóm N1\\nGiảng viên: Trần Thị Hoa\\; \\\\ ", " x",
            "END:VEVENT",
            "BEGIN:VEVENT", "UID:session-8@ttbd", "DTSTAMP:20260520T100000Z", "DTSTART:20260602T063000Z",
            "DTEND:20260602T100000Z", "SEQUENCE:0", "STATUS:CANCELLED", "SUMMARY:B02. Kỹ năng chất vấn",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        #expect(calendar.render(stamp: Self.stamp) == expected.map { $0 + "\r\n" }.joined())
    }

    @Test("a long line folds at 75 octets, never inside a character's UTF-8 bytes")
    func folding() throws {
        // "SUMMARY:" and 66 letters are 74 octets; "ệ" takes 3, so it starts the continuation line.
        let summary = String(repeating: "a", count: 66) + "ệb" + String(repeating: "ư", count: 40)
        let event = ICalendarEvent(
            uid: "u", sequence: 0, start: Self.stamp, end: Self.stamp, summary: summary)
        let text = ICalendar(events: [event]).render(stamp: Self.stamp)
        let lines = text.components(separatedBy: "\r\n").dropLast()
        let start = try #require(lines.firstIndex { $0.hasPrefix("SUMMARY:") })
        #expect(lines[start] == "SUMMARY:" + String(repeating: "a", count: 66))
        #expect(lines[start + 1] == " ệb" + String(repeating: "ư", count: 35))
        #expect(lines[start + 2] == " " + String(repeating: "ư", count: 5))
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(
            !text.contains("\n\r") && text.components(separatedBy: "\n").dropLast().allSatisfy { $0.hasSuffix("\r") })
    }

    @Test("times are UTC to the second, before 1970 too")
    func utc() {
        let event = ICalendarEvent(
            uid: "u", sequence: 0, start: Date(timeIntervalSince1970: -1), end: Date(timeIntervalSince1970: 59.9),
            summary: "s")
        let text = ICalendar(events: [event]).render(stamp: Self.stamp)
        #expect(text.contains("DTSTART:19691231T235959Z\r\n"))
        #expect(text.contains("DTEND:19700101T000059Z\r\n"))
    }
}
