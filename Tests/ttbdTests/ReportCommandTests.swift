import Foundation
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

/// Every number of every report, against the world of ``ReportFixture`` and the counts worked out by hand
/// there.
@Suite("ttbd report on the command line")
struct ReportCommandTests {
    /// Runs `body` with the report fixture loaded and the environment that points ttbd at it.
    func withWorld(_ body: (TestDatabase, [String: String]) async throws -> Void) async throws {
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await ReferenceData.load(into: pool)
                _ = try await ReportFixture.insert(into: pool)
            }
            try await body(database, ["DATABASE_URL": database.url])
        }
    }

    /// Runs ttbd and decodes its JSON output as `type`.
    func json<Value: Decodable>(
        _ type: Value.Type, _ arguments: [String], _ environment: [String: String]
    ) async throws -> Value {
        let output = try await CommandLineTool.run(arguments + ["--format", "json"], environment: environment)
        #expect(output.status == 0, "\(output.text)")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Value.self, from: Data(output.standardOutput.utf8))
    }

    /// The report as the Vietnamese staff read it (`TTBD_LANG=vi`), line by line.
    func table(_ arguments: [String], _ environment: [String: String]) async throws -> [String] {
        let output = try await CommandLineTool.run(
            arguments, environment: environment.merging(["TTBD_LANG": "vi"]) { $1 })
        #expect(output.status == 0, "\(output.text)")
        return output.standardOutput.split(separator: "\n").map(String.init)
    }

    @Test("the roster lists seated and wait-listed delegates in Vietnamese name order with wait-list places")
    func roster() async throws {
        try await withWorld { _, environment in
            let entries = try await json([RosterEntry].self, ["report", "roster", "B-HN-01"], environment)
            // Given name first and whole, its tone mark included, as a Vietnamese dictionary has it: Trần Văn Anh
            // comes before Phạm Thị Ánh (it came after while one collated string weighed all base letters first).
            #expect(entries.map(\.delegateCode) == ["0101", "0102", "0104", "7903", "0105"])
            #expect(
                entries.map(\.fullName) == [
                    "Nguyễn Văn An", "Trần Văn Anh", "Phạm Thị Ánh", "Ngô Văn Dũng", "Lê Văn Đông",
                ])
            #expect(entries.map(\.status) == [.completed, .enrolled, .enrolled, .waitlisted, .waitlisted])
            #expect(entries.map(\.waitlistPosition) == [nil, nil, nil, 2, 1])
            #expect(entries.map(\.cohort) == ["N1", "N1", "N1", nil, nil])
            #expect(entries.map(\.provinceCode) == ["01", "01", "01", "79", "01"])
            #expect(entries[3].bodyName == "HĐND thành phố Hồ Chí Minh")

            #expect(
                try await table(["report", "roster", "B-HN-01"], environment) == [
                    "Mã    Họ và tên      Cơ quan                     Tỉnh                   Nhóm  Trạng thái  Thứ tự chờ",
                    "0101  Nguyễn Văn An  HĐND thành phố Hà Nội       Thành phố Hà Nội       N1    hoàn thành",
                    "0102  Trần Văn Anh   HĐND thành phố Hà Nội       Thành phố Hà Nội       N1    đang học",
                    "0104  Phạm Thị Ánh   HĐND thành phố Hà Nội       Thành phố Hà Nội       N1    đang học",
                    "7903  Ngô Văn Dũng   HĐND thành phố Hồ Chí Minh  Thành phố Hồ Chí Minh        chờ chỗ     2",
                    "0105  Lê Văn Đông    HĐND thành phố Hà Nội       Thành phố Hà Nội             chờ chỗ     1",
                    "5 đại biểu",
                ])
            #expect(
                try await table(["report", "roster", "B-HN-01", "--format", "csv"], environment) == [
                    "code,full_name,body,province_code,cohort,status,waitlist_position",
                    "0101,Nguyễn Văn An,province_council,01,N1,completed,",
                    "0102,Trần Văn Anh,province_council,01,N1,enrolled,",
                    "0104,Phạm Thị Ánh,province_council,01,N1,enrolled,",
                    "7903,Ngô Văn Dũng,province_council,79,,waitlisted,2",
                    "0105,Lê Văn Đông,province_council,01,,waitlisted,1",
                ])

            // A National Assembly deputy is placed by their delegation, written as Vietnamese writes it.
            let deputies = try await json([RosterEntry].self, ["report", "roster", "A-HN-01"], environment)
            #expect(deputies.map(\.delegation) == ["Đoàn ĐBQH thành phố Hà Nội"])
            #expect(deputies.map(\.provinceName) == ["Thành phố Hà Nội"])
            let deputyTable = try await table(["report", "roster", "A-HN-01"], environment)
            #expect(deputyTable[1].contains("Quốc hội  Đoàn ĐBQH thành phố Hà Nội"), "\(deputyTable)")
        }
    }

    @Test("class attendance counts each mark at held sessions, the share attended, the rule, and a total")
    func classAttendance() async throws {
        try await withWorld { _, environment in
            let report = try await json(
                ClassAttendance.self, ["report", "attendance", "--class", "B-HN-01"], environment)
            #expect(report.curriculumCode == "CT-B")
            #expect(report.delegates.map(\.delegateCode) == ["0101", "0102", "0104"])
            let counts = report.delegates.map(\.counts)
            #expect(counts.map(\.held) == [4, 4, 4])
            #expect(counts.map(\.present) == [3, 1, 2])
            #expect(counts.map(\.late) == [1, 1, 1])
            #expect(counts.map(\.excused) == [0, 1, 0])
            #expect(counts.map(\.absent) == [0, 1, 0])
            #expect(counts.map(\.unmarked) == [0, 0, 1])
            #expect(counts.map(\.attended) == [4, 2, 3])
            #expect(counts.map(\.attendedShare) == [1.0, 0.5, 0.75])
            #expect(report.delegates.map(\.meetsCompletionRule) == [true, false, true])
            #expect(report.total.delegates == 3)
            #expect(
                report.total.counts
                    == AttendanceCounts(held: 12, present: 6, late: 3, excused: 1, absent: 1, unmarked: 1, attended: 9))
            #expect(report.total.counts.attendedShare == 0.75)
            #expect(report.total.meetingCompletionRule == 2)

            #expect(
                try await table(["report", "attendance", "--class", "B-HN-01"], environment) == [
                    "Mã    Họ và tên               Nhóm  Buổi đã học  Có mặt  Muộn  Có phép  Vắng  Chưa điểm danh  Tham dự  Tỷ lệ   Đạt",
                    "0101  Nguyễn Văn An           N1    4            3       1     0        0     0               4        100,0%  x",
                    "0102  Trần Văn Anh            N1    4            1       1     1        1     0               2        50,0%",
                    "0104  Phạm Thị Ánh            N1    4            2       1     0        0     1               3        75,0%   x",
                    "      Tổng cộng (3 đại biểu)        12           6       3     1        1     1               9        75,0%   2",
                    "3 đại biểu",
                ])
            let csv = try await table(["report", "attendance", "--class", "B-HN-01", "--format", "csv"], environment)
            #expect(
                csv.first
                    == "code,full_name,cohort,held,present,late,excused,absent,unmarked,attended,attended_share,meets_completion_rule"
            )
            #expect(csv[2] == "0102,Trần Văn Anh,N1,4,1,1,1,1,0,2,0.5,false")
            #expect(csv.last == "total,Tổng cộng (3 đại biểu),,12,6,3,1,1,1,9,0.75,2")
        }
    }

    @Test("a delegate's attendance lists each session of their classes with its day, half-day, module and mark")
    func delegateAttendance() async throws {
        try await withWorld { _, environment in
            let sessions = try await json(
                [SessionAttendance].self, ["report", "attendance", "--delegate", "0104"], environment)
            #expect(
                sessions.map(\.date.description) == [
                    "2026-05-04", "2026-05-04", "2026-05-05", "2026-05-05", "2026-05-06",
                ])
            #expect(sessions.map(\.halfDay) == [.morning, .afternoon, .morning, .afternoon, .morning])
            #expect(sessions.map(\.moduleCode) == ["B01", "B02", "B03", "B01", "B02"])
            #expect(sessions.map(\.attendance) == [.late, .present, nil, .present, nil])
            #expect(sessions.map(\.sessionStatus) == [.held, .held, .held, .held, .planned])
            #expect(sessions.first?.starts == "07:30" && sessions.first?.ends == "11:30")

            #expect(
                try await table(["report", "attendance", "--delegate", "7904"], environment) == [
                    "Lớp       Ngày        Buổi   Giờ          Chuyên đề  Trạng thái",
                    "B-HCM-01  01/06/2026  sáng   08:00–11:00  B01        có mặt",
                    "B-HCM-01  01/06/2026  chiều  14:00–17:00  B02        vắng",
                    "2 buổi học",
                ])
            #expect(
                try await table(["report", "attendance", "--delegate", "0104", "--format", "csv"], environment).suffix(
                    3) == [
                        "B-HN-01,2026-05-05,morning,07:30–11:30,B03,unmarked",
                        "B-HN-01,2026-05-05,afternoon,13:30–17:00,B01,present",
                        "B-HN-01,2026-05-06,morning,07:30–11:30,B02,planned",
                    ])
        }
    }

    @Test("completion by province, body and first-time, for all programs or one")
    func completion() async throws {
        try await withWorld { _, environment in
            func lines(_ extra: [String]) async throws -> [CompletionReport.Line] {
                let report = try await json(CompletionReport.self, ["report", "completion"] + extra, environment)
                return report.groups + [report.total]
            }
            func summary(_ lines: [CompletionReport.Line]) -> [String] {
                lines.map { "\($0.key) \($0.label) \($0.seated) \($0.completed)" }
            }
            let byProvince = try await lines(["--by", "province", "--term", "2026-2031"])
            #expect(
                summary(byProvince) == [
                    "01 Thành phố Hà Nội 4 1", "79 Thành phố Hồ Chí Minh 2 1", "total Tổng cộng 6 2",
                ])
            #expect(byProvince.map(\.completionRate) == [0.25, 0.5, 2.0 / 6.0])
            let byBody = try await lines(["--by", "body"])
            #expect(
                summary(byBody) == [
                    "national_assembly Quốc hội 1 0", "province_council HĐND tỉnh 5 2", "total Tổng cộng 6 2",
                ])
            #expect(byBody.map(\.completionRate) == [0, 0.4, 2.0 / 6.0])
            let byFirstTime = try await lines(["--by", "first-time"])
            #expect(summary(byFirstTime) == ["true trúng cử lần đầu 3 2", "false tái cử 3 0", "total Tổng cộng 6 2"])
            #expect(byFirstTime.map(\.completionRate) == [2.0 / 3.0, 0, 2.0 / 6.0])
            let programB = try await lines(["--by", "province", "--program", "CT-B"])
            #expect(
                summary(programB) == ["01 Thành phố Hà Nội 3 1", "79 Thành phố Hồ Chí Minh 2 1", "total Tổng cộng 5 2"])

            #expect(
                try await table(["report", "completion", "--by", "first-time"], environment) == [
                    "Mã  Đại biểu          Ghi danh  Hoàn thành  Tỷ lệ",
                    "    trúng cử lần đầu  3         2           66,7%",
                    "    tái cử            3         0           0,0%",
                    "    Tổng cộng         6         2           33,3%",
                    "2 nhóm",
                ])
            #expect(
                try await table(["report", "completion", "--by", "body", "--format", "csv"], environment) == [
                    "key,label,seated,completed,completion_rate",
                    "national_assembly,Quốc hội,1,0,0.0",
                    "province_council,HĐND tỉnh,5,2,0.4",
                    "total,Tổng cộng,6,2,0.3333333333333333",
                ])
        }
    }

    @Test("the golden-time tracker counts first-time delegates by province, the wait-listed apart from those seated")
    func goldenTime() async throws {
        try await withWorld { database, environment in
            // 7902, a first-time delegate of Hồ Chí Minh, waits for a seat in the full B-HN-01.
            _ = try await database.run { pool in
                try await pool.client.query(
                    """
                    INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
                    SELECT c.id, h.id, d.id, 'waitlisted' FROM classes c JOIN cohorts h ON h.class_id = c.id, delegates d
                    WHERE c.code = 'B-HN-01' AND d.code = '7902'
                    """, logger: TestCluster.logger)
            }
            func summary(_ report: GoldenTimeReport) -> [String] {
                (report.provinces + [report.total]).map {
                    "\($0.provinceCode) \($0.firstTimeDelegates) \($0.withoutProgram) \($0.notEnrolled) \($0.waitlisted) \($0.inProgress) \($0.trained)"
                }
            }
            // Counted by hand from the fixture: Hà Nội 0101 trained, 0102 seated, 0103 withdrawn (not
            // enrolled); Hồ Chí Minh 7901 trained, 7902 wait-listed, QH01 (a deputy) not enrolled in CT-A.
            let arguments = ["report", "golden-time", "--term", "2026-2031", "--today", "2026-08-09"]
            let report = try await json(GoldenTimeReport.self, arguments, environment)
            #expect(summary(report) == ["01 3 0 1 0 1 1", "79 3 0 1 1 0 1", "total 6 0 2 1 1 2"])
            #expect(report.provinces.map(\.provinceName) == ["Thành phố Hà Nội", "Thành phố Hồ Chí Minh"])
            #expect(report.inductionEndsOn?.description == "2026-09-30")
            #expect(report.daysLeft == 52)

            // Named, CT-B is nobody's induction but council delegates': QH01 has no program.
            let programB = try await json(GoldenTimeReport.self, arguments + ["--program", "CT-B"], environment)
            #expect(summary(programB) == ["01 3 0 1 0 1 1", "79 3 1 0 1 0 1", "total 6 1 1 1 1 2"])
            let late = try await json(
                GoldenTimeReport.self, ["report", "golden-time", "--term", "2026-2031", "--today", "2026-10-01"],
                environment)
            #expect(late.daysLeft == -1)

            #expect(
                try await table(arguments, environment) == [
                    "Nhiệm kỳ 2026-2031, ngày 09/08/2026: hạn bồi dưỡng 30/09/2026, còn 52 ngày",
                    "Mã  Tỉnh                   Lần đầu  Không có chương trình  Chưa ghi danh  Danh sách chờ  Đang học  Đã bồi dưỡng  Còn (ngày)",
                    "01  Thành phố Hà Nội       3        0                      1              0              1         1             52",
                    "79  Thành phố Hồ Chí Minh  3        0                      1              1              0         1             52",
                    "    Tổng cộng              6        0                      2              1              1         2             52",
                    "2 tỉnh, thành phố",
                ])
            #expect(
                try await table(arguments + ["--program", "CT-B", "--format", "csv"], environment) == [
                    "province_code,province_name,first_time_delegates,without_program,not_enrolled,waitlisted,in_progress,trained,days_left",
                    "01,Thành phố Hà Nội,3,0,1,0,1,1,52",
                    "79,Thành phố Hồ Chí Minh,3,1,0,1,0,1,52",
                    "total,Tổng cộng,6,1,1,1,1,2,52",
                ])
        }
    }

    @Test("bad arguments exit 64, unknown codes exit 65, each with a message, and nothing changes")
    func refusals() async throws {
        try await withWorld { database, environment in
            let before = try await auditDigest(database)
            let cases: [([String], Int32, String)] = [
                (["report", "completion", "--by", "region"], 64, "'region'"),
                (["report", "attendance"], 64, "give either --class CODE or --delegate CODE"),
                (["report", "attendance", "--class", "B-HN-01", "--delegate", "0101"], 64, "give either"),
                (
                    ["report", "golden-time", "--term", "2026-2031", "--today", "2026-02-30"], 64,
                    "--today '2026-02-30' is not a day of the calendar: month 2 of 2026 has 28 days"
                ),
                (["report", "roster", "X-99"], 65, "no class has the code X-99"),
                (["report", "attendance", "--class", "X-99"], 65, "no class has the code X-99"),
                (["report", "attendance", "--delegate", "9999"], 65, "no delegate has the code 9999"),
                (["report", "completion", "--by", "body", "--program", "CT-Z"], 65, "no program has the code CT-Z"),
                (
                    ["report", "completion", "--by", "body", "--term", "2031-2036"], 65,
                    "no term has the code 2031-2036"
                ),
                (["report", "golden-time", "--term", "1999-2004"], 65, "no term has the code 1999-2004"),
                (
                    ["report", "golden-time", "--term", "2026-2031", "--program", "CT-Z"], 65,
                    "no program has the code CT-Z in term 2026-2031"
                ),
            ]
            for (arguments, status, message) in cases {
                let output = try await CommandLineTool.run(arguments, environment: environment)
                #expect(output.status == status, "\(arguments): \(output.text)")
                #expect(output.standardError.contains(message), "\(arguments): \(output.standardError)")
                #expect(output.standardOutput.isEmpty, "\(arguments)")
            }
            #expect(try await auditDigest(database) == before)
        }
    }

    /// A digest of the audit trail, which every change to the report's tables adds to.
    func auditDigest(_ database: TestDatabase) async throws -> String {
        try await database.run { pool in
            try await pool.client.query(
                "SELECT coalesce(md5(string_agg(a::text, '|' ORDER BY a.id)), 'empty') FROM audit_log a",
                logger: TestCluster.logger
            ).collect().first!.decode(String.self)
        }
    }
}
