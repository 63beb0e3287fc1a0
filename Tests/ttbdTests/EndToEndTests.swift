import Foundation
import PostgresInfrastructure
import TestSupport
import Testing
import TrainingStore

/// A class run from start to end the way staff do it, only through `ttbd`, with every report's numbers worked
/// out by hand below.
///
/// Roster: 0101 An, 0105 Hà, 0106 Đức (commune councils of Hà Nội, first-time), 0102 Ánh (Hà Nội province
/// council, first-time), 0103 (National Assembly), 0104 (not first-time), 7901 Lan (first-time, province 79).
/// Class B-HN-01 (CT-B, modules B01 and B02, 3 seats). Enrolling "province 01, first-time" matches 0101,
/// 0102, 0105, 0106; in Vietnamese name order (An, Ánh, Đức, Hà) the first three get seats and Hà waits.
/// Ánh withdraws: Hà takes her seat. Three sessions are held:
///
///     session        An       Hà       Đức
///     1 B01 sáng     present  present  late
///     2 B02 chiều    present  late     excused
///     3 B02 sáng     present  present  (unmarked → absent at close)
///
/// CT-B needs 80% of held sessions (3 of 3) and every required module: An 3/3 and Hà 3/3 complete; Đức
/// attended 1 of 3 and never B02. So: 2 certificates, 7 of 9 expected attendances (77.8%), province 01 with 3
/// seated and 2 completed. The class teaches two of CT-B's modules, so completing it does not train anyone in
/// the whole program: the golden-time tracker on 2026-06-10 (204 days before 2026-12-31) counts in province
/// 01 four first-time delegates, Ánh not enrolled and An, Hà and Đức in progress; in province 79 one, not
/// enrolled.
@Suite("A class from enrollment to certificate, end to end")
struct EndToEndTests {
    static let roster = """
        Mã đại biểu;Họ và tên;Giới tính;Cơ quan dân cử;Mã tỉnh;Mã xã;Nhiệm kỳ;Lần đầu
        0101;Nguyễn Văn An;nam;HĐND xã;01;00004;2026-2031;x
        0102;Đặng Thị Ánh;nữ;HĐND tỉnh;01;;2026-2031;có
        0103;Trần Văn Dũng;nam;Quốc hội;79;;2026-2031;không
        0104;Lê Thị Mai;nữ;HĐND tỉnh;01;;2026-2031;không
        0105;Phạm Thu Hà;nữ;HĐND xã;01;00004;2026-2031;x
        0106;Hoàng Minh Đức;nam;HĐND xã;01;00004;2026-2031;x
        7901;Võ Thị Lan;nữ;HĐND tỉnh;79;;2026-2031;x

        """

    @Test("catalog, roster, venue, lecturers, class, enrollment by filter, sessions, attendance, certificates, reports")
    func wholeClass() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            let environment = ["DATABASE_URL": database.url]
            @discardableResult
            func ttbd(_ arguments: String..., expect status: Int32 = 0) async throws -> String {
                let output = try await CommandLineTool.run(arguments, environment: environment)
                #expect(output.status == status, "ttbd \(arguments.joined(separator: " ")): \(output.text)")
                return status == 0 ? output.standardOutput : output.standardError
            }
            func json(_ arguments: String...) async throws -> [String: Any] {
                let output = try await CommandLineTool.run(arguments + ["--format", "json"], environment: environment)
                #expect(output.status == 0, "\(output.text)")
                return try #require(
                    try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
            }
            let rosterFile = "\(folder.path)/roster.csv"
            try Self.roster.write(toFile: rosterFile, atomically: true, encoding: .utf8)

            try await ttbd("catalog", "import", EnrollCommandWorld.catalog)
            #expect(
                try await ttbd("delegates", "import", rosterFile)
                    == "Imported \(rosterFile): 7 new, 0 changed, 0 unchanged.")
            try await ttbd("venues", "add", "--code", "HN", "--name", "Hội trường Hà Nội", "--province", "01")
            try await ttbd("rooms", "add", "--venue", "HN", "--code", "P1", "--name", "Phòng 1", "--capacity", "50")
            try await ttbd("lecturers", "add", "--code", "GV1", "--name", "Trần Thị Hoa", "--modules", "B01,B02")
            try await ttbd("lecturers", "add", "--code", "GV2", "--name", "Lê Văn Bình", "--modules", "B02")
            try await ttbd(
                "classes", "create", "--code", "B-HN-01", "--curriculum", "CT-B", "--modules", "B01,B02",
                "--capacity", "3", "--venue", "HN", "--from", "2026-06-01", "--to", "2026-06-05")

            let enrolled = try await ttbd("enroll", "B-HN-01", "--where", "province=01,first-time", "--format", "csv")
            #expect(
                enrolled.split(separator: "\n").dropFirst() == [
                    "0101,Nguyễn Văn An,enrolled (N1)", "0102,Đặng Thị Ánh,enrolled (N1)",
                    "0106,Hoàng Minh Đức,enrolled (N1)", "0105,Phạm Thu Hà,wait-listed (position 1)",
                ])
            let withdrawn = try await ttbd("withdraw", "B-HN-01", "0102")
            #expect(withdrawn.contains("0105 Phạm Thu Hà: enrolled (N1), from the wait list."))

            for (module, date, slot, lecturer) in [
                ("B01", "2026-06-01", "morning", "GV1"), ("B02", "2026-06-01", "afternoon", "GV2"),
                ("B02", "2026-06-02", "morning", "GV1"),
            ] {
                try await ttbd(
                    "sessions", "add", "--class", "B-HN-01", "--module", module, "--date", date, "--slot", slot,
                    "--room", "P1", "--lecturer", lecturer)
            }
            let doubleBooked = try await ttbd(
                "sessions", "add", "--class", "B-HN-01", "--module", "B02", "--date", "2026-06-01", "--slot",
                "morning", "--room", "P1", "--lecturer", "GV2", expect: 65)
            #expect(doubleBooked.contains("room HN/P1 is already taken"))
            #expect(doubleBooked.contains("by session 1 (class B-HN-01 N1, module B01"))

            try await ttbd("attendance", "mark", "1", "--present", "0101,0105", "--late", "0106")
            try await ttbd("attendance", "mark", "2", "--present", "0101", "--late", "0105", "--excused", "0106")
            try await ttbd("attendance", "mark", "3", "--present", "0101,0105")
            #expect(
                try await ttbd("attendance", "mark", "3", "--present", "0102", expect: 65).contains("0102 Đặng Thị Ánh")
            )
            for session in ["1", "2"] {
                #expect(try await ttbd("attendance", "close", session).contains("0 marked absent, 3 already marked"))
            }
            #expect(try await ttbd("attendance", "close", "3").contains("1 marked absent, 2 already marked"))

            let issued = try await ttbd("certificates", "issue", "B-HN-01")
            #expect(issued.contains("Issued 2 new certificates"))
            #expect(issued.contains("GCN-2026-000001  0101  Nguyễn Văn An"))
            #expect(issued.contains("GCN-2026-000002  0105  Phạm Thu Hà"))
            #expect(
                issued.contains(
                    "0106  Hoàng Minh Đức: attended 1 of 3 held sessions, needs 3; missing required module B02"))
            #expect(try await ttbd("certificates", "issue", "B-HN-01").contains("Issued 0 new certificates"))
            #expect(try await ttbd("certificates", "verify", "GCN-2026-000002").contains("0105 Phạm Thu Hà"))

            try await ttbd(
                "materials", "add", "--code", "SLIDES-B01", "--title", "Bài giảng B01", "--kind", "slides", "--url",
                "https://example.vn/b01", "--modules", "B01")
            #expect(try await ttbd("materials", "list", "--delegate", "0105", "--format", "csv").contains("SLIDES-B01"))

            let detail = try await json("classes", "show", "B-HN-01")
            #expect(detail["enrolled"] as? Int == 3)
            #expect(detail["waitlisted"] as? Int == 0)

            let roster = try await ttbd("report", "roster", "B-HN-01", "--format", "csv")
            #expect(roster.split(separator: "\n").dropFirst().map { $0.prefix(4) } == ["0101", "0106", "0105"])

            let attendance = try await json("report", "attendance", "--class", "B-HN-01")
            let rows = try #require(attendance["delegates"] as? [[String: Any]])
            let counts = Dictionary(
                uniqueKeysWithValues: rows.map { row in
                    let counts = row["counts"] as? [String: Any] ?? [:]
                    return (row["delegateCode"] as? String ?? "", counts.compactMapValues { $0 as? Int })
                })
            #expect(counts["0101"]?["present"] == 3 && counts["0101"]?["attended"] == 3)
            #expect(counts["0105"]?["present"] == 2 && counts["0105"]?["late"] == 1 && counts["0105"]?["attended"] == 3)
            #expect(counts["0106"]?["late"] == 1 && counts["0106"]?["excused"] == 1 && counts["0106"]?["absent"] == 1)
            #expect(counts["0106"]?["attended"] == 1)
            let total = try #require(attendance["total"] as? [String: Any])
            #expect((total["counts"] as? [String: Any])?["attended"] as? Int == 7)
            #expect((total["counts"] as? [String: Any])?["held"] as? Int == 9)

            let completion = try await json("report", "completion", "--by", "province", "--program", "CT-B")
            let groups = try #require(completion["groups"] as? [[String: Any]])
            #expect(groups.count == 1)
            #expect(groups.first?["key"] as? String == "01")
            #expect(groups.first?["seated"] as? Int == 3 && groups.first?["completed"] as? Int == 2)

            let golden = try await json("report", "golden-time", "--term", "2026-2031", "--today", "2026-06-10")
            #expect(golden["daysLeft"] as? Int == 204)
            let provinces = try #require(golden["provinces"] as? [[String: Any]])
            let hanoi = try #require(provinces.first { $0["provinceCode"] as? String == "01" })
            #expect(hanoi["firstTimeDelegates"] as? Int == 4 && hanoi["notEnrolled"] as? Int == 1)
            #expect(hanoi["inProgress"] as? Int == 3 && hanoi["trained"] as? Int == 0)
            let saigon = try #require(provinces.first { $0["provinceCode"] as? String == "79" })
            #expect(saigon["firstTimeDelegates"] as? Int == 1 && saigon["notEnrolled"] as? Int == 1)

            let audit = try await ttbd("audit", "list", "--entity", "enrollments", "--format", "csv")
            #expect(audit.contains("status: enrolled → withdrawn"))
            #expect(audit.contains(Database.operatingSystemUser))
        }
    }
}
