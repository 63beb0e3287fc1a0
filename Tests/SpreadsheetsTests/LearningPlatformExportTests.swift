import Foundation
import Spreadsheets
import Testing
import TrainingModel

/// The headers and values here are copied from each platform's documentation, not from the writers, so a
/// writer that drifts from the format fails.
@Suite("Writing a class for Moodle's and Canvas's upload tools")
struct LearningPlatformExportTests {
    static let roster = PlatformRoster(
        classCode: "B-HN-01", title: "Bồi dưỡng đại biểu HĐND", startsOn: CalendarDate(parsing: "2026-05-04")!,
        endsOn: CalendarDate(parsing: "2026-05-08")!, cohorts: ["N1", "N2"],
        members: [
            member("HN01", "Nguyễn Thị Hoa", "hoa@example.vn", cohort: "N1"),
            member("HN02", "Trần \"Út\", Văn", nil, cohort: "N2"),
            member("HN03", "Lê Bình", "binh@example.vn", cohort: "N1", standing: .completed),
            member("HN04", "Phạm Minh Đức", "duc@example.vn", cohort: "N1", standing: .withdrawn),
            PlatformMember(
                code: "GV1", name: VietnameseName("Trần Thị Hoa"), email: "gv1@example.vn", login: "hoa.tt",
                role: .teacher, cohort: nil, standing: .active),
        ])

    static func member(
        _ code: String, _ name: String, _ email: String?, cohort: String, standing: PlatformMember.Standing = .active
    ) -> PlatformMember {
        PlatformMember(
            code: code, name: VietnameseName(name), email: email, login: code.lowercased(), role: .student,
            cohort: cohort, standing: standing)
    }

    /// A file's lines split on commas (the rows here quote nothing unless a test says so).
    func lines(_ export: PlatformExport, _ name: String) throws -> [[String]] {
        let file = try #require(export.files.first { $0.name == name })
        #expect(!file.text.hasPrefix("\u{FEFF}"), "no byte-order mark in \(name)")
        return file.text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    // https://docs.moodle.org/en/Upload_users: username, firstname, lastname and email are needed to add a
    // user (password unless the form creates one); the rest are optional fields, enrolment as courseN, roleN,
    // groupN.
    static let moodleRequired = ["username", "firstname", "lastname", "email"]
    static let moodleOptional = [
        "password", "auth", "idnumber", "institution", "department", "city", "country",
        "lang", "course1", "role1", "group1", "enrolperiod1", "enrolstatus1", "cohort1", "suspended",
    ]

    @Test("Moodle's users.csv has the documented columns, family name as lastname, and no one without e-mail")
    func moodleUsers() throws {
        let export = MoodleExport.export(Self.roster)
        let users = try lines(export, "users.csv")
        let header = users[0]
        #expect(Set(Self.moodleRequired).isSubset(of: header))
        #expect(header.allSatisfy { Self.moodleRequired.contains($0) || Self.moodleOptional.contains($0) })
        let rows = users.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
        #expect(rows.map { $0["username"] } == ["hn01", "hn03", "hoa.tt"])
        #expect(rows[0]["firstname"] == "Thị Hoa")
        #expect(rows[0]["lastname"] == "Nguyễn")
        #expect(rows[1]["firstname"] == "Bình")
        #expect(rows[0]["idnumber"] == "HN01")
        #expect(rows.map { $0["course1"] } == ["B-HN-01", "B-HN-01", "B-HN-01"])
        // Role short names of a standard Moodle: student, editingteacher ("Teacher").
        #expect(rows.map { $0["role1"] } == ["student", "student", "editingteacher"])
        #expect(rows.map { $0["group1"] } == ["N1", "N1", ""])
        #expect(export.withoutEmail.map(\.code) == ["HN02"])
    }

    @Test("a delegate's login holds only what Moodle's usernames allow, and a one-word name fills both names")
    func loginsAndOneWordNames() {
        // Moodle's core_user::clean_field(…, 'username'): lower-case letters, digits, _ - . @
        #expect(PlatformMember.login(forDelegateCode: "HN/2026.01_A-b") == "hn-2026.01_a-b")
        let single = Self.member("HN09", "Y Moan", nil, cohort: "N1")
        #expect((single.givenNames, single.familyName) == ("Moan", "Y"))
        let oneWord = Self.member("HN10", "Sùng", nil, cohort: "N1")
        #expect((oneWord.givenNames, oneWord.familyName) == ("Sùng", "Sùng"))
    }

    // https://docs.moodle.org/en/Flat_file_enrolment: "operation, role, user idnumber, course idnumber
    // [, starttime [, endtime]]", operation add or del, no header.
    @Test("Moodle's flat file adds the seated and the teacher and deletes the withdrawn, four fields a line")
    func moodleFlatFile() throws {
        let lines = try lines(MoodleExport.export(Self.roster), "enrolments.txt")
        #expect(lines.allSatisfy { $0.count == 4 && ["add", "del"].contains($0[0]) && $0[3] == "B-HN-01" })
        #expect(
            lines.map { $0.joined(separator: " ") } == [
                "add student HN01 B-HN-01", "add student HN03 B-HN-01", "add editingteacher GV1 B-HN-01",
                "del student HN04 B-HN-01",
            ])
    }

    // https://canvas.instructure.com/doc/api/file.sis_csv.html, field names per file, required ones marked.
    static let canvasFields: [String: (required: [String], all: [String])] = [
        "users.csv": (
            ["user_id", "login_id", "status"],
            [
                "user_id", "integration_id", "login_id", "password", "ssha_password", "authentication_provider_id",
                "first_name", "last_name", "full_name", "sortable_name", "short_name", "email", "status",
            ]
        ),
        "courses.csv": (
            ["course_id", "short_name", "long_name", "status"],
            [
                "course_id", "short_name", "long_name", "account_id", "term_id", "status", "start_date", "end_date",
                "course_format",
            ]
        ),
        "sections.csv": (
            ["section_id", "course_id", "name", "status"],
            ["section_id", "course_id", "name", "status", "start_date", "end_date"]
        ),
        // course_id or section_id, and role or role_id, are required.
        "enrollments.csv": (
            ["course_id", "user_id", "role", "status"],
            ["course_id", "root_account", "user_id", "role", "role_id", "section_id", "status", "associated_user_id"]
        ),
    ]

    @Test("Canvas's files have the documented columns, the required ones, and documented values")
    func canvasColumns() throws {
        let export = CanvasExport.export(Self.roster)
        #expect(export.files.map(\.name) == ["courses.csv", "sections.csv", "users.csv", "enrollments.csv"])
        for (name, fields) in Self.canvasFields {
            let header = try lines(export, name)[0]
            #expect(Set(fields.required).isSubset(of: header), "\(name)")
            #expect(header.allSatisfy(fields.all.contains), "\(name)")
        }
        let course = try lines(export, "courses.csv")
        #expect(
            course[1] == [
                "B-HN-01", "B-HN-01", "Bồi dưỡng đại biểu HĐND (B-HN-01)", "active",
                "2026-05-03T17:00:00Z", "2026-05-08T16:59:59Z",
            ])
        #expect(try lines(export, "sections.csv").dropFirst().map { $0[0] } == ["B-HN-01:N1", "B-HN-01:N2"])
        let enrollments = try lines(export, "enrollments.csv").dropFirst()
        // Roles student, teacher, ta, observer, designer; enrollment status active, deleted, completed, inactive.
        #expect(enrollments.map { $0[2] } == ["student", "student", "student", "student", "teacher"])
        #expect(enrollments.map { $0[4] } == ["active", "active", "completed", "deleted", "active"])
        #expect(enrollments.map { $0[3] } == ["B-HN-01:N1", "B-HN-01:N2", "B-HN-01:N1", "B-HN-01:N1", ""])
    }

    @Test("Canvas takes the Vietnamese name whole, sorts by the given name, and quotes commas and quotes")
    func canvasNames() throws {
        let users = try #require(CanvasExport.export(Self.roster).files.first { $0.name == "users.csv" }).text
        #expect(users.contains("\nHN01,hn01,Nguyễn Thị Hoa,\"Hoa, Nguyễn Thị\",hoa@example.vn,active\n"))
        #expect(users.contains("\nHN02,hn02,\"Trần \"\"Út\"\", Văn\",\"Văn, Trần \"\"Út\"\",\",,active\n"))
    }
}
