import Foundation
import TestSupport
import Testing

/// `ttbd schedule show` over the sessions of ``ScheduleShowFixture``.
@Suite("ttbd schedule show")
struct ScheduleShowTests {
    @Test("a class's weekly grid: one block per week, days as columns, sáng and chiều rows, cancelled marked")
    func classGrid() async throws {
        try await ScheduleShowFixture.with { world in
            let shown = try await world.ttbd("schedule", "show", "--class", "B-HN-01")
            #expect(shown.status == 0, "\(shown.text)")
            #expect(
                shown.standardOutput == """
                    Tuần 19: 04/05/2026 – 10/05/2026
                    ┌───────┬───────┬───────┬───────┬───────┬───────┬───────┬──────────┐
                    │       │ Thứ 2 │ Thứ 3 │ Thứ 4 │ Thứ 5 │ Thứ 6 │ Thứ 7 │ Chủ nhật │
                    │       │ 04/05 │ 05/05 │ 06/05 │ 07/05 │ 08/05 │ 09/05 │ 10/05    │
                    ├───────┼───────┼───────┼───────┼───────┼───────┼───────┼──────────┤
                    │ sáng  │ B01   │       │ B02   │       │       │       │          │
                    │       │ HN/P1 │       │ HN/P2 │       │       │       │          │
                    │       │ N1    │       │ N2    │       │       │       │          │
                    ├───────┼───────┼───────┼───────┼───────┼───────┼───────┼──────────┤
                    │ chiều │ B01   │       │       │       │       │       │          │
                    │       │ HN/P1 │       │       │       │       │       │          │
                    │       │ N1    │       │       │       │       │       │          │
                    └───────┴───────┴───────┴───────┴───────┴───────┴───────┴──────────┘

                    Tuần 20: 11/05/2026 – 17/05/2026
                    ┌───────┬───────┬───────────┬───────┬───────┬───────┬───────┬──────────┐
                    │       │ Thứ 2 │ Thứ 3     │ Thứ 4 │ Thứ 5 │ Thứ 6 │ Thứ 7 │ Chủ nhật │
                    │       │ 11/05 │ 12/05     │ 13/05 │ 14/05 │ 15/05 │ 16/05 │ 17/05    │
                    ├───────┼───────┼───────────┼───────┼───────┼───────┼───────┼──────────┤
                    │ sáng  │       │ B02 (hủy) │       │       │       │       │          │
                    │       │       │ HN/P1     │       │       │       │       │          │
                    │       │       │ N1        │       │       │       │       │          │
                    ├───────┼───────┼───────────┼───────┼───────┼───────┼───────┼──────────┤
                    │ chiều │       │ B02       │       │       │       │       │          │
                    │       │       │ HN/P1     │       │       │       │       │          │
                    │       │       │ N1        │       │       │       │       │          │
                    └───────┴───────┴───────────┴───────┴───────┴───────┴───────┴──────────┘

                    5 sessions
                    """)
        }
    }

    @Test("a lecturer's grid names class and cohort, and --from/--to keep only those days")
    func lecturerRange() async throws {
        try await ScheduleShowFixture.with { world in
            let shown = try await world.ttbd("schedule", "show", "--lecturer", "GV2", "--to", "2026-05-07")
            #expect(shown.status == 0, "\(shown.text)")
            #expect(
                shown.standardOutput == """
                    Tuần 19: 04/05/2026 – 10/05/2026
                    ┌───────┬───────┬───────┬───────┬────────────┬───────┬───────┬──────────┐
                    │       │ Thứ 2 │ Thứ 3 │ Thứ 4 │ Thứ 5      │ Thứ 6 │ Thứ 7 │ Chủ nhật │
                    │       │ 04/05 │ 05/05 │ 06/05 │ 07/05      │ 08/05 │ 09/05 │ 10/05    │
                    ├───────┼───────┼───────┼───────┼────────────┼───────┼───────┼──────────┤
                    │ sáng  │       │       │       │ B01        │       │       │          │
                    │       │       │       │       │ HN/P2      │       │       │          │
                    │       │       │       │       │ B-HN-02 N1 │       │       │          │
                    ├───────┼───────┼───────┼───────┼────────────┼───────┼───────┼──────────┤
                    │ chiều │       │       │       │            │       │       │          │
                    └───────┴───────┴───────┴───────┴────────────┴───────┴───────┴──────────┘

                    1 session
                    """)
            let none = try await world.ttbd("schedule", "show", "--lecturer", "GV2", "--from", "2026-05-08")
            #expect(none.standardOutput == "0 sessions")
        }
    }

    @Test("a delegate's sessions are their cohort's in each class where they hold a seat, cancelled ones left out")
    func delegateCSV() async throws {
        try await ScheduleShowFixture.with { world in
            let shown = try await world.ttbd("schedule", "show", "--delegate", "0101", "--format", "csv")
            #expect(shown.status == 0, "\(shown.text)")
            #expect(
                shown.standardOutput == """
                    id,class,cohort,module,module_title,date,half_day,start,end,room,lecturers,status,revision
                    1,B-HN-01,N1,B01,Tổng quan về HĐND,2026-05-04,sáng,07:30,11:30,HN/P1,GV1,planned,0
                    2,B-HN-01,N1,B01,Tổng quan về HĐND,2026-05-04,chiều,13:30,17:00,HN/P1,GV1,planned,0
                    6,B-HN-02,N1,B01,Tổng quan về HĐND,2026-05-07,sáng,07:30,11:30,HN/P2,GV2,planned,0
                    5,B-HN-01,N1,B02,Kỹ năng chất vấn,2026-05-12,chiều,13:30,17:00,HN/P1,GV1,planned,0
                    """)
        }
    }

    @Test("JSON rows carry the session as sessions list gives it, the module title, instants and names")
    func json() async throws {
        try await ScheduleShowFixture.with { world in
            let shown = try await world.ttbd(
                "schedule", "show", "--room", "HN/P1", "--from", "2026-05-12", "--to", "2026-05-12", "--format", "json")
            #expect(shown.status == 0, "\(shown.text)")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [[String: Any]])
            #expect(rows.map { $0["id"] as? Int } == [4, 5])
            let row = rows[0]
            #expect(row["classCode"] as? String == "B-HN-01")
            #expect(row["cohortCode"] as? String == "N1")
            #expect(row["moduleCode"] as? String == "B02")
            #expect(row["moduleTitle"] as? String == "Kỹ năng chất vấn")
            #expect(row["date"] as? String == "2026-05-12")
            #expect(row["halfDay"] as? String == "morning")
            #expect(row["start"] as? String == "07:30")
            #expect(row["end"] as? String == "11:30")
            #expect(row["startsAt"] as? String == "2026-05-12T00:30:00Z")
            #expect(row["endsAt"] as? String == "2026-05-12T04:30:00Z")
            #expect(row["room"] as? String == "HN/P1")
            #expect(row["roomName"] as? String == "Phòng 1")
            #expect(row["venueName"] as? String == "Hội trường Hà Nội")
            #expect(row["lecturers"] as? [String] == ["GV1"])
            #expect(row["lecturerNames"] as? [String] == ["Trần Thị Hoa"])
            #expect(row["status"] as? String == "cancelled")
            #expect(row["revision"] as? Int == 1)
            #expect(rows[1]["status"] as? String == "planned")
        }
    }

    @Test("iCalendar: one event per session of the room, UTC times, revision as SEQUENCE, cancelled as CANCELLED")
    func ics() async throws {
        try await ScheduleShowFixture.with { world in
            let shown = try await world.ttbd("schedule", "show", "--room", "HN/P1", "--format", "ics")
            #expect(shown.status == 0, "\(shown.text)")
            let lines = shown.standardOutput.components(separatedBy: "\r\n")
            #expect(lines.first == "BEGIN:VCALENDAR")
            #expect(lines.last == "END:VCALENDAR")
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4)
            #expect(lines.filter { $0.hasPrefix("UID:") } == [1, 2, 4, 5].map { "UID:session-\($0)@ttbd" })
            let cancelled = try #require(lines.firstIndex(of: "UID:session-4@ttbd"))
            #expect(
                Array(lines[(cancelled + 2)...(cancelled + 9)]) == [
                    "DTSTART:20260512T003000Z", "DTEND:20260512T043000Z", "SEQUENCE:1", "STATUS:CANCELLED",
                    "SUMMARY:B02. Kỹ năng chất vấn", "LOCATION:Phòng 1\\, Hội trường Hà Nội",
                    "DESCRIPTION:Class B-HN-01\\, cohort N1\\nLecturer: Trần Thị Hoa", "END:VEVENT",
                ])
        }
    }

    @Test("the HTML timetable is a standalone A4 landscape page, one table per week, every text escaped")
    func html() async throws {
        try await ScheduleShowFixture.with { world in
            _ = try await world.value(
                "UPDATE modules SET title = 'Luật <Tổ chức> & \"HĐND\"' WHERE code = 'B02' RETURNING ''")
            let shown = try await world.ttbd("schedule", "show", "--room", "HN", "--format", "html")
            #expect(shown.status == 0, "\(shown.text)")
            let page = shown.standardOutput
            #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>"))
            #expect(page.contains("<meta charset=\"utf-8\">"))
            #expect(page.contains("@page { size: A4 landscape;"))
            #expect(page.contains("<h1>THỜI KHÓA BIỂU – ĐỊA ĐIỂM HN (HỘI TRƯỜNG HÀ NỘI)</h1>"))
            #expect(page.components(separatedBy: "<section class=\"week\">").count == 3)
            #expect(page.contains("<h2>Tuần 19: 04/05/2026 – 10/05/2026</h2>"))
            #expect(page.contains("<h2>Tuần 20: 11/05/2026 – 17/05/2026</h2>"))
            #expect(page.contains("<th>Thứ 5<br>07/05</th>"))
            #expect(page.contains("<b>B02</b> Luật &lt;Tổ chức&gt; &amp; &quot;HĐND&quot; (hủy)"))
            #expect(!page.contains("<Tổ chức>"))
            #expect(
                page.contains(
                    "<div class=\"session\"><b>B01</b> Tổng quan về HĐND<br>07:30–11:30, phòng HN/P2<br>B-HN-02 N1<br>Lê Văn Bình</div>"
                ))
            #expect(page.contains("<p>Tổng số: 6 buổi.</p>"))
        }
    }

    @Test("--output writes the page to a file and says so on stderr, printing nothing on stdout")
    func output() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await ScheduleShowFixture.with { world in
            let path = "\(folder.path)/B-HN-01.html"
            let shown = try await world.ttbd(
                "schedule", "show", "--class", "B-HN-01", "--format", "html", "--output", path)
            #expect(shown.status == 0, "\(shown.text)")
            #expect(shown.standardOutput.isEmpty)
            #expect(shown.standardError == "Wrote 5 sessions to \(path).")
            let page = try String(contentsOfFile: path, encoding: .utf8)
            #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<h1>THỜI KHÓA BIỂU – LỚP B-HN-01</h1>"))
        }
    }

    @Test(
        "a code that names nothing is bad data (65), with what to check",
        arguments: [
            (["--class", "B-XX-01"], "no class has the code B-XX-01"),
            (["--delegate", "9999"], "no delegate has the code 9999"),
            (["--lecturer", "GV9"], "no lecturer has the code GV9"),
            (["--room", "HN/P9"], "venue HN has no room P9"),
            (["--room", "XX/P1"], "no venue has the code XX"),
        ])
    func unknown(arguments: [String], message: String) async throws {
        try await ScheduleShowFixture.with { world in
            let shown = try await CommandLineTool.run(["schedule", "show"] + arguments, environment: world.environment)
            #expect(shown.status == 65)
            #expect(shown.standardError.hasPrefix(message), "\(shown.standardError)")
            #expect(shown.standardOutput.isEmpty)
        }
    }

    @Test(
        "no subject, two subjects, --from after --to or a date that does not read are usage errors (64)",
        arguments: [
            (["--from", "2026-05-01"], "none was given"),
            (["--class", "B-HN-01", "--lecturer", "GV1"], "--class and --lecturer were given"),
            (
                ["--class", "B-HN-01", "--from", "2026-05-10", "--to", "2026-05-01"],
                "--from 2026-05-10 is after --to 2026-05-01"
            ),
            (["--class", "B-HN-01", "--to", "2026-02-30"], "--to '2026-02-30' is not a day of the calendar"),
            (["--class", "B-HN-01", "--format", "pdf"], "--format"),
            (
                ["--class", "B-HN-01", "--output", "x.txt"],
                "--output writes a file of --format json, csv, xlsx, ics or html, not the grid"
            ),
            (["--class", "B-HN-01", "--format", "xlsx"], "--format xlsx writes a workbook: name it with --output"),
        ])
    func usage(arguments: [String], message: String) async throws {
        let shown = try await CommandLineTool.run(
            ["schedule", "show"] + arguments, environment: ["DATABASE_URL": "postgres:///nowhere?host=/nonexistent"])
        #expect(shown.status == 64)
        #expect(shown.standardError.contains(message), "\(shown.standardError)")
    }
}
