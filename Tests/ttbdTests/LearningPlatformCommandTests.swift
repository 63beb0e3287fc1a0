import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// `ttbd export moodle|canvas` and `ttbd import moodle-completion` through the built binary, on the attendance
/// fixture with e-mail addresses for all but HN06, HN05 withdrawn, and lecturer GV1 holding an account.
@Suite("Moodle and Canvas on the command line")
struct LearningPlatformCommandTests {
    static func with(_ body: (AttendanceFixture) async throws -> Void) async throws {
        try await AttendanceFixture.with { fixture in
            try await fixture.execute(
                """
                UPDATE delegates SET email = lower(code) || '@hdnd.hanoi.gov.vn'
                WHERE code IN ('HN01', 'HN02', 'HN03', 'HN04', 'HN05', 'HN07')
                """,
                """
                UPDATE enrollments SET status = 'withdrawn'
                WHERE delegate_id = (SELECT id FROM delegates WHERE code = 'HN05')
                """,
                "UPDATE lecturers SET email = 'hoa.tt@truongchinhtri.vn' WHERE code = 'GV1'",
                """
                INSERT INTO accounts (username, display_name, role, lecturer_id)
                SELECT 'hoa.tt', full_name, 'lecturer', id FROM lecturers WHERE code = 'GV1'
                """)
            try await body(fixture)
        }
    }

    /// Rows of a CSV file as Python's csv module reads them, each a dictionary of header to field.
    static func pythonRows(_ path: String) throws -> [[String: String]] {
        let output = try ChildProcess(
            "/usr/bin/python3",
            [
                "-c",
                "import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))))",
                path,
            ]
        ).run()
        return try JSONDecoder().decode([[String: String]].self, from: Data(output.standardOutput.utf8))
    }

    @Test("export moodle writes Upload users' users.csv and the flat file, and names who has no e-mail")
    func moodle() async throws {
        try await Self.with { fixture in
            let folder = "\(fixture.folder.path)/moodle"
            let run = try await fixture.ttbd("export", "moodle", "--class", "B-HN-01", "--out", folder)
            #expect(run.status == 0, "\(run.text)")
            #expect(
                run.standardOutput
                    == "Wrote users.csv, enrolments.txt in \(folder): class B-HN-01, delegates: 7, lecturers: 1.")
            #expect(
                run.standardError
                    == "warning: left out 1 without an e-mail address, which Moodle needs to create a user: "
                    + "HN06 Ngô Thị <Lan> & Út")
            let users = try String(contentsOfFile: "\(folder)/users.csv", encoding: .utf8)
            #expect(
                users == """
                    username,firstname,lastname,email,idnumber,course1,role1,group1
                    hn01,Văn An,Nguyễn,hn01@hdnd.hanoi.gov.vn,HN01,B-HN-01,student,N1
                    hn02,Thị Ánh,Trần,hn02@hdnd.hanoi.gov.vn,HN02,B-HN-01,student,N1
                    hn03,Văn Bình,Lê,hn03@hdnd.hanoi.gov.vn,HN03,B-HN-01,student,N1
                    hn07,Văn Cao,Bùi,hn07@hdnd.hanoi.gov.vn,HN07,B-HN-01,student,N2
                    hn04,Minh Đức,Phạm,hn04@hdnd.hanoi.gov.vn,HN04,B-HN-01,student,N1
                    hoa.tt,Thị Hoa,Trần,hoa.tt@truongchinhtri.vn,GV1,B-HN-01,editingteacher,

                    """)
            #expect(
                try String(contentsOfFile: "\(folder)/enrolments.txt", encoding: .utf8) == """
                    add,student,HN01,B-HN-01
                    add,student,HN02,B-HN-01
                    add,student,HN03,B-HN-01
                    add,student,HN07,B-HN-01
                    add,student,HN04,B-HN-01
                    add,editingteacher,GV1,B-HN-01
                    del,student,HN05,B-HN-01

                    """)
        }
    }

    @Test("export canvas writes the SIS import's four files, which Python's csv module reads back field by field")
    func canvas() async throws {
        try await Self.with { fixture in
            let folder = "\(fixture.folder.path)/canvas"
            let run = try await fixture.ttbd("export", "canvas", "--class", "B-HN-01", "--out", folder)
            #expect(run.status == 0, "\(run.text)")
            #expect(run.standardError.isEmpty)
            let users = try Self.pythonRows("\(folder)/users.csv")
            #expect(users.count == 8)
            #expect(
                users.first { $0["user_id"] == "HN06" } == [
                    "user_id": "HN06", "login_id": "hn06", "full_name": "Ngô Thị <Lan> & Út",
                    "sortable_name": "Út, Ngô Thị <Lan> &", "email": "", "status": "active",
                ])
            let enrollments = try Self.pythonRows("\(folder)/enrollments.csv")
            #expect(
                enrollments.map { "\($0["user_id"]!) \($0["role"]!) \($0["section_id"]!) \($0["status"]!)" } == [
                    "HN01 student B-HN-01:N1 active", "HN02 student B-HN-01:N1 active",
                    "HN03 student B-HN-01:N1 active", "HN07 student B-HN-01:N2 active",
                    "HN05 student B-HN-01:N1 deleted", "HN04 student B-HN-01:N1 active",
                    "HN06 student B-HN-01:N1 active", "GV1 teacher  active",
                ])
            #expect(
                try Self.pythonRows("\(folder)/sections.csv").map { $0["section_id"]! } == ["B-HN-01:N1", "B-HN-01:N2"])
            let course = try Self.pythonRows("\(folder)/courses.csv")
            #expect(course.first?["long_name"] == "Bồi dưỡng đại biểu HĐND (B-HN-01)")
            #expect(course.first?["start_date"] == "2026-05-03T17:00:00Z")
        }
    }

    @Test("a Vietnamese run words the summary, the warning and the completion report's problems in Vietnamese")
    func vietnamese() async throws {
        try await Self.with { fixture in
            let environment = fixture.environment.merging(["TTBD_LANG": "vi"]) { _, new in new }
            let folder = "\(fixture.folder.path)/moodle"
            let export = try await CommandLineTool.run(
                ["export", "moodle", "--class", "B-HN-01", "--out", folder], environment: environment)
            #expect(
                export.standardOutput
                    == "Đã ghi users.csv, enrolments.txt vào \(folder): lớp B-HN-01, số đại biểu: 7, số giảng viên: 1.")
            #expect(
                export.standardError
                    == "cảnh báo: bỏ qua 1 người chưa có địa chỉ thư điện tử, thông tin Moodle bắt buộc khi tạo người "
                    + "dùng: HN06 Ngô Thị <Lan> & Út")
            let file = try fixture.write("ID,Name,ID number,Course complete\n40,Người Lạ,ZZ99,\n", as: "lạ.csv")
            let refused = try await CommandLineTool.run(
                ["import", "moodle-completion", file, "--module", "B01"], environment: environment)
            #expect(refused.status == 65)
            #expect(
                refused.standardError
                    == "\(file):2:13: không có đại biểu nào là ZZ99 (Người Lạ); cần một đại biểu có trong danh sách")
        }
    }

    @Test("an unknown class is refused by name and writes no file")
    func unknownClass() async throws {
        try await Self.with { fixture in
            let folder = "\(fixture.folder.path)/none"
            let run = try await fixture.ttbd("export", "canvas", "--class", "X-99", "--out", folder)
            #expect(run.status == 65)
            #expect(run.standardError.hasPrefix("no class has the code X-99"))
            #expect(!FileManager.default.fileExists(atPath: folder))
        }
    }

    @Test("a lecturer's account named like a delegate's login is refused before any file is written")
    func sharedLogin() async throws {
        try await Self.with { fixture in
            try await fixture.execute(
                """
                INSERT INTO accounts (username, display_name, role, lecturer_id)
                SELECT 'hn01', full_name, 'lecturer', id FROM lecturers WHERE code = 'GV2'
                """)
            let folder = "\(fixture.folder.path)/shared"
            let run = try await fixture.ttbd("export", "moodle", "--class", "B-HN-01", "--out", folder)
            #expect(run.status == 65)
            #expect(
                run.standardError
                    == "HN01 Nguyễn Văn An, GV2 Lê Văn Bình would all have the platform login hn01; expected one "
                    + "login per person")
            #expect(!FileManager.default.fileExists(atPath: folder))
        }
    }

    static let report = """
        ID,Name,Email address,ID number,Bài kiểm tra,Bài kiểm tra - Completion date,Course complete
        31,Nguyễn Văn An,hn01@hdnd.hanoi.gov.vn,HN01,Completed,"05/05/26, 10:00","05/05/26, 10:00"
        32,Trần Thị Ánh,hn02@hdnd.hanoi.gov.vn,HN02,Completed,"05/05/26, 11:00","05/05/26, 11:00"
        33,Lê Văn Bình,hn03@hdnd.hanoi.gov.vn,HN03,Not completed,,

        """

    /// Each delegate's marks at the four B01 sessions, as `code:status`.
    func moduleMarks(_ fixture: AttendanceFixture) async throws -> [String] {
        var marks: [String] = []
        for session in fixture.sessions.prefix(4) { marks += try await fixture.marks(at: session) }
        return marks
    }

    @Test("import moodle-completion marks the completed present at the module's sessions, raising marks, audited")
    func importCompletion() async throws {
        try await Self.with { fixture in
            try await fixture.mark("HN02", "absent", at: [0])
            let file = try fixture.write(Self.report, as: "completion.csv")
            let auditBefore = try await fixture.strings(
                "SELECT count(*)::text FROM audit_log WHERE table_name = 'attendance'")
            let run = try await fixture.ttbd(
                "import", "moodle-completion", file, "--module", "B01", "--class", "B-HN-01")
            #expect(run.status == 0, "\(run.text)")
            #expect(
                run.standardOutput
                    == "Imported \(file): module B01 done for 2 of 3 users (classes B-HN-01); present marks: 7 new, "
                    + "1 raised, 0 already present.")
            #expect(
                try await moduleMarks(fixture)
                    == Array(repeating: ["HN01:present", "HN02:present"], count: 4).flatMap { $0 })
            let audited = try await fixture.strings(
                "SELECT count(*)::text FROM audit_log WHERE table_name = 'attendance' AND actor <> ''")
            #expect(Int(audited[0])! - Int(auditBefore[0])! == 8)
            let again = try await fixture.ttbd("import", "moodle-completion", file, "--module", "B01")
            #expect(
                again.standardOutput.hasSuffix("present marks: 0 new, 0 raised, 8 already present."), "\(again.text)")
        }
    }

    @Test("--dry-run says what would change and writes nothing")
    func dryRun() async throws {
        try await Self.with { fixture in
            let file = try fixture.write(Self.report, as: "completion.csv")
            let before = try await fixture.digest()
            let run = try await fixture.ttbd("import", "moodle-completion", file, "--module", "B01", "--dry-run")
            #expect(run.status == 0, "\(run.text)")
            #expect(run.standardOutput.hasPrefix("Dry run of \(file): module B01 done for 2 of 3 users"))
            #expect(
                run.standardOutput.hasSuffix("present marks: 8 new, 0 raised, 0 already present; nothing was written."))
            #expect(try await fixture.digest() == before)
        }
    }

    @Test(
        "an unknown user, a delegate not seated, a withdrawn one and a bad date: exit 65, every problem, nothing written"
    )
    func badRows() async throws {
        try await Self.with { fixture in
            let file = try fixture.write(
                """
                ID,Name,ID number,Course complete
                31,Nguyễn Văn An,HN01,"05/05/26, 10:00"
                40,Người Lạ,ZZ99,
                41,Đặng Văn Cường,QH01,"05/05/26, 10:00"
                42,Hoàng Văn Dũng,HN05,"05/05/26, 10:00"
                43,Lê Văn Bình,HN03,"05/05/26, 25:00"
                44,Bùi Văn Cao,HN07,"05/05/26, 10:00"

                """, as: "bad.csv")
            let before = try await fixture.digest()
            let run = try await fixture.ttbd(
                "import", "moodle-completion", file, "--module", "B01", "--class", "B-HN-01")
            #expect(run.status == 65)
            #expect(
                run.standardError.split(separator: "\n") == [
                    "\(file):3:13: no delegate is ZZ99 (Người Lạ); expected a delegate of the roster",
                    "\(file):4:19: delegate QH01 Đặng Văn Cường is not seated in class B-HN-01",
                    "\(file):5:19: delegate HN05 Hoàng Văn Dũng is not seated in class B-HN-01",
                    "\(file):6:21: '05/05/26, 25:00' is not a completion date; expected Moodle's DD/MM/YY, HH:MM such "
                        + "as 05/03/26, 14:30 (or DD/MM/YYYY HH:MM), or nothing when the course is not complete",
                    "\(file):7:16: class B-HN-01 has no session of module B01 for delegate HN07 Bùi Văn Cao to mark",
                ])
            let module = try await fixture.ttbd("import", "moodle-completion", file, "--module", "X9")
            #expect(module.status == 65)
            #expect(module.standardError == "no module has the code X9; check the code")
            #expect(try await fixture.digest() == before)
        }
    }
}
