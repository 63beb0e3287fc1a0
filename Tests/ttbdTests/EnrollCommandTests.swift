import Foundation
import TestSupport
import Testing

@Suite("ttbd enroll and withdraw on the command line")
struct EnrollCommandTests {
    /// Opens B-HN-01 (CT-B, 2 seats, 2 cohorts).
    func openClass(_ world: EnrollCommandWorld) async throws {
        let created = try await world.ttbd(
            "classes", "create", "--code", "B-HN-01", "--curriculum", "CT-B", "--capacity", "2", "--venue", "HN",
            "--from", "2026-05-04", "--to", "2026-05-29", "--cohorts", "2")
        #expect(created.status == 0, "\(created.text)")
    }

    @Test("enroll seats then wait-lists; withdraw seats the first wait-listed")
    func enrollAndWithdraw() async throws {
        try await EnrollCommandWorld.with { world in
            try await openClass(world)
            let enrolled = try await world.ttbd("enroll", "B-HN-01", "0101", "0102", "0105")
            #expect(enrolled.status == 0, "\(enrolled.text)")
            #expect(
                enrolled.standardOutput.split(separator: "\n") == [
                    "Code  Full name      Outcome",
                    "0101  Nguyễn Văn An  enrolled (N1)",
                    "0102  Đặng Thị Ánh   enrolled (N2)",
                    "0105  Phạm Thu Hà    wait-listed (position 1)",
                    "3 delegates",
                ])
            let withdrawn = try await world.ttbd("withdraw", "B-HN-01", "0101")
            #expect(withdrawn.status == 0, "\(withdrawn.text)")
            #expect(
                withdrawn.standardOutput
                    == "0101 Nguyễn Văn An: withdrawn from B-HN-01 (was enrolled).\n0105 Phạm Thu Hà: enrolled (N1), from the wait list."
            )
            let show = try await world.ttbd("classes", "show", "B-HN-01")
            #expect(show.standardOutput.contains("Nhóm           N1 (1), N2 (1)"))
            #expect(show.standardOutput.contains("Danh sách chờ  0"))
        }
    }

    @Test("any refused delegate refuses the whole list with every reason, exit 65, nothing written")
    func refusesAll() async throws {
        try await EnrollCommandWorld.with { world in
            try await openClass(world)
            let before = try await world.digest()
            let refused = try await world.ttbd("enroll", "B-HN-01", "0101", "0103", "0104", "9999")
            #expect(refused.status == 65)
            #expect(
                refused.standardError == """
                    cannot enroll these 3 delegates in B-HN-01; nothing was written:
                      0103 Trần Văn Dũng: the program CT-B is for council+first-time; this delegate is a National Assembly deputy, not first-time
                      0104 Lê Thị Mai: the program CT-B is for council+first-time; this delegate is a province council delegate, not first-time
                      9999: no delegate has this code
                    """)
            #expect(try await world.digest() == before)
            let notEnrolled = try await world.ttbd("withdraw", "B-HN-01", "0101")
            #expect(notEnrolled.status == 65)
            #expect(
                notEnrolled.standardError == """
                    cannot withdraw this delegate from B-HN-01; nothing was written:
                      0101 Nguyễn Văn An is not enrolled or wait-listed in B-HN-01; nothing to withdraw
                    """)
            let usage = try await world.ttbd("enroll", "B-HN-01", "0101", "--where", "first-time")
            #expect(usage.status == 64)
            #expect(try await world.digest() == before)
        }
    }

    @Test("each refusal exits 65 with its reason and leaves the database unchanged")
    func eachRefusal() async throws {
        try await EnrollCommandWorld.with { world in
            try await openClass(world)
            for (code, modules) in [("B-HN-02", "B01,B02"), ("B-HN-03", "B01,B02"), ("B-HN-04", "B04")] {
                let created = try await world.ttbd(
                    "classes", "create", "--code", code, "--curriculum", "CT-B", "--modules", modules, "--capacity",
                    "30", "--online", "--from", "2026-06-01", "--to", "2026-06-05")
                #expect(created.status == 0, "\(created.text)")
            }
            _ = try await world.ttbd("enroll", "B-HN-01", "0101", "0102")
            try await world.database.run { pool in
                try await pool.client.query(
                    "UPDATE enrollments SET status = 'completed' WHERE delegate_id = (SELECT id FROM delegates WHERE code = '0102')",
                    logger: TestCluster.logger)
            }
            let cases: [(String, String, String)] = [
                (
                    "B-HN-02", "0103",
                    "0103 Trần Văn Dũng: the program CT-B is for council+first-time; this delegate is a National Assembly deputy, not first-time"
                ),
                (
                    "B-HN-04", "0105",
                    "0105 Phạm Thu Hà: has not completed B02, which the class needs first and does not teach"
                ),
                (
                    "B-HN-02", "0101",
                    "0101 Nguyễn Văn An: is already enrolled in B-HN-01, another class of the program CT-B"
                ),
                ("B-HN-03", "0102", "0102 Đặng Thị Ánh: has already completed the program CT-B"),
                ("B-HN-01", "0101", "0101 Nguyễn Văn An: is already enrolled in B-HN-01"),
                ("B-HN-01", "9999", "9999: no delegate has this code"),
            ]
            let before = try await world.digest()
            for (classCode, delegate, reason) in cases {
                let refused = try await world.ttbd("enroll", classCode, delegate)
                #expect(refused.status == 65)
                #expect(
                    refused.standardError
                        == "cannot enroll this delegate in \(classCode); nothing was written:\n  \(reason)")
            }
            #expect(try await world.digest() == before)
        }
    }

    @Test("--from-file reads the code column of a CSV")
    func fromFile() async throws {
        try await EnrollCommandWorld.with { world in
            try await openClass(world)
            let file = try world.write("Họ và tên,Mã đại biểu\nPhạm Thu Hà,0105\nĐặng Thị Ánh,0102\n", as: "lop.csv")
            let enrolled = try await world.ttbd("enroll", "B-HN-01", "--from-file", file, "--format", "csv")
            #expect(enrolled.status == 0, "\(enrolled.text)")
            #expect(
                enrolled.standardOutput
                    == "code,full_name,outcome\n0105,Phạm Thu Hà,enrolled (N1)\n0102,Đặng Thị Ánh,enrolled (N2)")
            let broken = try world.write("code,name\n0101,An\n,Ánh\n", as: "broken.csv")
            let refused = try await world.ttbd("enroll", "B-HN-01", "--from-file", broken)
            #expect(refused.status == 65)
            #expect(refused.standardError.contains("broken.csv:3:1: empty delegate code"))
        }
    }

    @Test("--where enrolls the eligible who match, by name, and counts the others by reason")
    func matching() async throws {
        try await EnrollCommandWorld.with { world in
            try await openClass(world)
            let table = try await world.ttbd("enroll", "B-HN-01", "--where", "province=01")
            #expect(table.status == 0, "\(table.text)")
            // Sorted by given name: An, Ánh, Hà, Mai (not first-time); 0103 is of province 79.
            #expect(
                table.standardOutput.split(separator: "\n") == [
                    "Code  Full name      Outcome",
                    "0101  Nguyễn Văn An  enrolled (N1)",
                    "0102  Đặng Thị Ánh   enrolled (N2)",
                    "0105  Phạm Thu Hà    wait-listed (position 1)",
                    "3 delegates",
                    "Not enrolled: 1 outside the program's audience (0104 Lê Thị Mai).",
                ])
            let again = try await world.ttbd(
                "enroll", "B-HN-01", "--where", "province=01,first-time", "--format", "json")
            let report = try JSONSerialization.jsonObject(with: Data(again.standardOutput.utf8)) as? [String: Any]
            #expect((report?["outcomes"] as? [Any])?.isEmpty == true)
            #expect(report?["refused"] as? [String: Int] == ["already_in_class": 3])
        }
    }
}
