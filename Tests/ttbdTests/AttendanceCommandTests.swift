import Foundation
import TestSupport
import Testing

@Suite("ttbd attendance on the command line")
struct AttendanceCommandTests {
    @Test("marks delegates, and marking again updates only what changed")
    func markAndRemark() async throws {
        try await AttendanceFixture.with { fixture in
            let session = String(fixture.sessions[0])
            let first = try await fixture.ttbd(
                "attendance", "mark", session, "--present", "HN01,HN02", "--late", "HN03", "--excused", "HN04",
                "--absent", "HN05")
            #expect(first.status == 0, "\(first.text)")
            #expect(first.standardOutput == "Marked 5 at session \(session): 5 new, 0 changed, 0 unchanged.")
            let again = try await fixture.ttbd(
                "attendance", "mark", session, "--present", "HN02,HN03", "--late", "HN06")
            #expect(again.standardOutput == "Marked 3 at session \(session): 1 new, 1 changed, 1 unchanged.")
            #expect(
                try await fixture.marks(at: fixture.sessions[0]) == [
                    "HN01:present", "HN02:present", "HN03:present", "HN04:excused", "HN05:absent", "HN06:late",
                ])
        }
    }

    @Test("a delegate not enrolled in the class refuses the whole marking by name, and nothing changes")
    func refusesNotEnrolled() async throws {
        try await AttendanceFixture.with { fixture in
            let session = String(fixture.sessions[0])
            let before = try await fixture.digest()
            let refused = try await fixture.ttbd("attendance", "mark", session, "--present", "HN01,QH01")
            #expect(refused.status == 65)
            #expect(
                refused.standardError
                    == "cannot mark session \(session) (B-HN-01 N1, B01, 2026-05-04 07:30–11:30): not enrolled in class "
                    + "B-HN-01: QH01 Đặng Văn Cường; nothing was marked")
            let unknown = try await fixture.ttbd("attendance", "mark", session, "--absent", "ZZ99")
            #expect(unknown.status == 65)
            #expect(unknown.standardError.hasPrefix("no delegate has the code ZZ99; nothing was marked"))
            let twice = try await fixture.ttbd("attendance", "mark", session, "--present", "HN01", "--late", "HN01")
            #expect(twice.status == 64)
            #expect(twice.standardError.contains("delegate HN01 is given as both present and late"))
            #expect(try await fixture.digest() == before)
        }
    }

    @Test("a cancelled session cannot be marked or closed")
    func refusesCancelled() async throws {
        try await AttendanceFixture.with { fixture in
            let id = fixture.sessions[9]
            try await fixture.query("UPDATE sessions SET status = 'cancelled' WHERE id = \(id)")
            let before = try await fixture.digest()
            for arguments in [["mark", String(id), "--present", "HN01"], ["close", String(id)]] {
                let refused = try await CommandLineTool.run(
                    ["attendance"] + arguments, environment: fixture.environment)
                #expect(refused.status == 65)
                #expect(refused.standardError.contains("2026-05-08 13:30–17:00) is cancelled"))
            }
            #expect(try await fixture.digest() == before)
            #expect(try await fixture.ttbd("attendance", "mark", "999999", "--present", "HN01").status == 65)
        }
    }

    @Test("closing marks every unmarked delegate of the cohort absent, holds the session, and is idempotent")
    func close() async throws {
        try await AttendanceFixture.with { fixture in
            let id = fixture.sessions[0]
            #expect(try await fixture.ttbd("attendance", "mark", String(id), "--present", "HN01").status == 0)
            let closed = try await fixture.ttbd("attendance", "close", String(id))
            #expect(closed.status == 0, "\(closed.text)")
            #expect(
                closed.standardOutput
                    == "Closed session \(id) (B-HN-01 N1, B01, 2026-05-04 07:30–11:30): 5 marked absent, 1 already marked; "
                    + "the session is now held.")
            #expect(
                try await fixture.marks(at: id) == [
                    "HN01:present", "HN02:absent", "HN03:absent", "HN04:absent", "HN05:absent", "HN06:absent",
                ])
            #expect(try await fixture.strings("SELECT status FROM sessions WHERE id = \(id)") == ["held"])
            let again = try await fixture.ttbd("attendance", "close", String(id))
            #expect(again.standardOutput.hasSuffix("0 marked absent, 6 already marked; the session was already held."))
        }
    }

    @Test("a check-in log marks present within the grace minutes and late after, matching each delegate's session")
    func importCheckIns() async throws {
        try await AttendanceFixture.with { fixture in
            let (morning, afternoon) = (fixture.sessions[0], fixture.sessions[1])
            let log = try fixture.write(
                """
                code,time
                HN01,2026-05-04 07:20
                HN02,2026-05-04 07:40
                HN03,2026-05-04 07:41
                HN04,2026-05-04T00:35:00Z
                HN01,2026-05-04 07:50
                HN05,2026-05-04 13:20
                HN06,2026-05-04 14:00+07:00

                """, as: "log.csv")
            let imported = try await fixture.ttbd("attendance", "import", log)
            #expect(imported.status == 0, "\(imported.text)")
            #expect(
                imported.standardOutput
                    == "Imported \(log): 7 check-ins at 2 sessions, 4 present and 2 late; marks: 6 new, 0 changed, 0 unchanged."
            )
            #expect(
                try await fixture.marks(at: morning) == ["HN01:present", "HN02:present", "HN03:late", "HN04:present"])
            #expect(try await fixture.marks(at: afternoon) == ["HN05:present", "HN06:late"])

            // An earlier check-in found later raises late to present; a later one never lowers present.
            let more = try fixture.write("code,time\nHN03,2026-05-04 07:29\nHN02,2026-05-04 08:30\n", as: "more.csv")
            let second = try await fixture.ttbd("attendance", "import", more)
            #expect(
                second.standardOutput.hasSuffix(
                    "2 check-ins at 1 session, 1 present and 1 late; marks: 0 new, 1 changed, 1 unchanged."))
            #expect(
                try await fixture.marks(at: morning) == [
                    "HN01:present", "HN02:present", "HN03:present", "HN04:present",
                ])
            #expect(
                try await fixture.strings(
                    """
                    SELECT to_char(a.checked_in_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI') FROM attendance a
                    JOIN delegates d ON d.id = a.delegate_id WHERE d.code IN ('HN02', 'HN03') AND a.session_id = \(morning)
                    ORDER BY d.code
                    """) == ["07:40", "07:29"])

            // With --session and no grace, a check-in five minutes after the start is late.
            let strict = try fixture.write("code,time\nHN05,2026-05-04 07:35\n", as: "strict.csv")
            let graceless = try await fixture.ttbd(
                "attendance", "import", strict, "--session", String(morning), "--grace", "0")
            #expect(
                graceless.standardOutput.hasSuffix(
                    "1 check-in at 1 session, 0 present and 1 late; marks: 1 new, 0 changed, 0 unchanged."))
        }
    }

    @Test("a check-in log with bad rows reports each at file:line:column and writes nothing")
    func badCheckIns() async throws {
        try await AttendanceFixture.with { fixture in
            try await fixture.mark("HN01", "absent", at: [0])
            let before = try await fixture.digest()
            let log = try fixture.write(
                """
                code,time
                HN01,2026-05-04 07:20
                ZZ99,2026-05-04 07:20
                QH01,2026-05-04 07:20
                HN02,2026-05-04 19:00
                HN03,4/5/2026 7:20

                """, as: "bad.csv")
            let refused = try await fixture.ttbd("attendance", "import", log)
            #expect(refused.status == 65)
            #expect(
                refused.standardError.split(separator: "\n") == [
                    "\(log):3:1: no delegate has the code ZZ99",
                    "\(log):4:6: delegate QH01 Đặng Văn Cường has no session at 2026-05-04 07:20; expected a time during one of their sessions or in the hour before it starts",
                    "\(log):5:6: delegate HN02 Trần Thị Ánh has no session at 2026-05-04 19:00; expected a time during one of their sessions or in the hour before it starts",
                    "\(log):6:6: time '4/5/2026 7:20' is not valid; expected YYYY-MM-DD HH:MM at the venue, or ISO 8601 with an offset such as +07:00",
                ])
            let session = String(fixture.sessions[0])
            let forSession = try await fixture.ttbd("attendance", "import", log, "--session", session)
            #expect(
                forSession.standardError.contains(
                    "\(log):4:1: delegate QH01 Đặng Văn Cường is not enrolled in class B-HN-01"))
            #expect(
                forSession.standardError.contains(
                    "\(log):5:6: check-in at 2026-05-04 19:00 is not for session \(session) (B-HN-01 N1, B01, 2026-05-04 07:30–11:30)"
                ))
            #expect(try await fixture.digest() == before)
        }
    }

    @Test("the sheet is a printable, escaped HTML page of the cohort in Vietnamese name order with a signature column")
    func sheet() async throws {
        try await AttendanceFixture.with { fixture in
            let output = "\(fixture.folder.path)/sheet.html"
            let written = try await fixture.ttbd("attendance", "sheet", String(fixture.sessions[0]), "--output", output)
            #expect(written.status == 0, "\(written.text)")
            let page = try String(contentsOfFile: output, encoding: .utf8)
            for part in [
                "<meta charset=\"utf-8\">", "@page { size: A4;", "thead { display: table-header-group; }",
                "<th>Ký tên</th>", "<td>Lớp</td><td>B-HN-01 – nhóm N1</td>",
                "<td>Chuyên đề</td><td>B01. Tổng quan về HĐND</td>",
                "<td>Thời gian</td><td>Buổi sáng ngày 04/05/2026, 07:30–11:30</td>",
                "<td>Phòng</td><td>Phòng 1, Hội trường Hà Nội</td>",
                "<td>Giảng viên</td><td>Lê Văn Bình, Trần Thị Hoa</td>",
                "<td class=\"number\">6</td><td>HN06</td><td class=\"name\">Ngô Thị &lt;Lan&gt; &amp; Út</td>"
                    + "<td></td><td>Thành phố Hà Nội</td><td>HĐND thành phố Hà Nội</td><td class=\"signature\"></td>",
                // The official header: the program on the left, the national motto on the right.
                "<td>BỒI DƯỠNG ĐẠI BIỂU HĐND<br>Lớp B-HN-01</td>",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br><span>Độc lập - Tự do - Hạnh phúc</span>",
                "<th>Họ và tên</th><th>Chức vụ</th>", "td.name { white-space: nowrap; }",
                "Tổng số: 6 đại biểu.",
            ] {
                #expect(page.contains(part), "\(part)")
            }
            #expect(!page.contains("<Lan>"))
            #expect(!page.contains("HN07"))
            let names = [
                "Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Bình", "Hoàng Văn Dũng", "Phạm Minh Đức", "Ngô Thị &lt;",
            ]
            let positions = names.map { page.range(of: "<td class=\"name\">" + $0)!.lowerBound }
            #expect(positions == positions.sorted())
            #expect(
                try await fixture.ttbd("attendance", "sheet", String(fixture.sessions[0])).standardOutput.contains(
                    "Ký tên"))
        }
    }

    @Test("show lists the cohort with marks in Vietnamese name order, as a table or CSV")
    func show() async throws {
        try await AttendanceFixture.with { fixture in
            try await fixture.mark("HN02", "late", at: [0])
            try await fixture.mark("HN07", "present", at: [0])
            let table = try await fixture.ttbd("attendance", "show", String(fixture.sessions[0]))
            #expect(table.status == 0, "\(table.text)")
            let lines = table.standardOutput.split(separator: "\n")
            #expect(lines.count == 10)
            let rows = lines[2...8].map { $0.split(separator: "  ", omittingEmptySubsequences: true).map(String.init) }
            #expect(rows.map { $0[0] } == ["HN01", "HN02", "HN03", "HN07", "HN05", "HN04", "HN06"])
            #expect(
                rows.map { $0[2].trimmingCharacters(in: .whitespaces) } == [
                    "—", "đi muộn", "—", "có mặt", "—", "—", "—",
                ])
            #expect(lines[9] == "7 delegates")
            let csv = try await fixture.ttbd("attendance", "show", String(fixture.sessions[0]), "--format", "csv")
            #expect(
                csv.standardOutput.split(separator: "\n").prefix(3) == [
                    "code,full_name,status,checked_in_at", "HN01,Nguyễn Văn An,,", "HN02,Trần Thị Ánh,late,",
                ])
        }
    }
}
