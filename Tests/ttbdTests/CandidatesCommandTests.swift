import Foundation
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

/// The shipped catalog (CT-D for candidates, CT-B for first-time councillors), delegates 0101–0105 and the
/// venue HN (``EnrollCommandWorld``), and two candidates: UV01 for the council of Ba Đình, UV02 for the
/// National Assembly.
@Suite("ttbd candidates on the command line")
struct CandidatesCommandTests {
    static let candidates = """
        Mã đại biểu;Họ và tên;Giới tính;Số CCCD;Cơ quan dân cử;Mã tỉnh;Mã xã;Nhiệm kỳ
        UV01;Nguyễn Thị Hồng;nữ;001190000011;HĐND xã;01;00004;2026-2031
        UV02;Trần Quốc Bảo;nam;;Quốc hội;;;2026-2031

        """

    @Test("import, add, list and show; a bad file and bad options exit 65, each problem where it is, nothing written")
    func register() async throws {
        try await EnrollCommandWorld.with { world in
            let file = try world.write(Self.candidates, as: "ung-cu.csv")
            let imported = try await world.ttbd("candidates", "import", file)
            #expect(imported.status == 0, "\(imported.text)")
            #expect(imported.standardOutput == "Imported \(file): 2 new, 0 changed, 0 unchanged.")

            let added = try await world.ttbd(
                "candidates", "add", "--code", "UV03", "--name", "Lê Văn Cường", "--body", "province_council",
                "--province", "01", "--term", "2026-2031", "--national-id", "001085000013")
            #expect(added.status == 0, "\(added.text)")
            #expect(added.standardOutput == "Registered candidate UV03 Lê Văn Cường.")
            let again = try await world.ttbd(
                "candidates", "add", "--code", "UV03", "--name", "Lê Văn Cường", "--body", "province_council",
                "--province", "01", "--term", "2026-2031")
            #expect(again.status == 65)
            #expect(again.standardError == "a candidate with the code UV03 is already registered; nothing was written")
            let bad = try await world.ttbd(
                "candidates", "add", "--code", "UV04", "--name", "Phan Thị Dung", "--body", "hội đồng",
                "--term", "2026-2031", "--national-id", "123", "--email", "dung")
            #expect(bad.status == 65)
            #expect(
                bad.standardError == """
                    --body: body 'hội đồng' is not valid; expected national_assembly, province_council or commune_council
                    --national-id: national_id '123' is not valid; expected 12 digits
                    --email: email 'dung' is not valid; expected an address like ten@example.vn
                    """)

            let before = try await world.ttbd("candidates", "list", "--format", "csv")
            let clash = try world.write(
                """
                code,full_name,national_id,body,province_code,term,full_time
                0101,Nguyễn Văn An,,province_council,01,2026-2031,
                UV05,Đỗ Minh Tâm,001190000011,province_council,01,2026-2031,có

                """, as: "bad.csv")
            let refused = try await world.ttbd("candidates", "import", clash)
            #expect(refused.status == 65)
            #expect(
                refused.standardError
                    == "\(clash):3:61: a candidate is not yet a delegate; expected full_time empty or false")
            let taken = try world.write(
                try String(contentsOfFile: clash, encoding: .utf8).replacingOccurrences(of: ",có", with: ","),
                as: "taken.csv")
            let stored = try await world.ttbd("candidates", "import", taken)
            #expect(stored.status == 65)
            #expect(
                stored.standardError == """
                    \(taken):2:1: code 0101 belongs to the delegate Nguyễn Văn An; expected a code of the candidate's own
                    \(taken):3:1: national_id 001190000011 already belongs to candidate UV01; expected each person once
                    """)
            #expect(
                try await world.ttbd("candidates", "list", "--format", "csv").standardOutput == before.standardOutput)

            #expect(
                before.standardOutput.split(separator: "\n") == [
                    "code,full_name,body,province_code,commune_code,term,delegate_code",
                    "UV02,Trần Quốc Bảo,national_assembly,,,2026-2031,",
                    "UV03,Lê Văn Cường,province_council,01,,2026-2031,",
                    "UV01,Nguyễn Thị Hồng,commune_council,01,00004,2026-2031,",
                ])
            let delegates = try await world.ttbd("delegates", "list", "--format", "csv")
            #expect(!delegates.standardOutput.contains("UV0"))
            let shown = try await world.ttbd("candidates", "show", "UV01")
            #expect(shown.standardOutput.contains("Số CCCD          001190000011"))
            #expect(shown.standardOutput.contains("Đại biểu         —"))
            #expect(try await world.ttbd("candidates", "show", "0101").status == 65)
        }
    }

    @Test(
        "a candidate through CT-D: refused from CT-B, enrolled, present, certified; elected and linked, the certificate is the delegate's"
    )
    func trainAndLink() async throws {
        try await EnrollCommandWorld.with { world in
            @discardableResult
            func ttbd(_ arguments: String..., expect status: Int32 = 0) async throws -> String {
                let output = try await CommandLineTool.run(arguments, environment: ["DATABASE_URL": world.database.url])
                #expect(output.status == status, "ttbd \(arguments.joined(separator: " ")): \(output.text)")
                return status == 0 ? output.standardOutput : output.standardError
            }
            let goldenTime = try await ttbd("report", "golden-time", "--term", "2026-2031", "--format", "csv")
            try await ttbd("candidates", "import", try world.write(Self.candidates, as: "ung-cu.csv"))
            try await ttbd("rooms", "add", "--venue", "HN", "--code", "P1", "--name", "Phòng 1", "--capacity", "50")
            for (code, program, modules) in [("D-HN-01", "CT-D", "D01"), ("B-HN-01", "CT-B", "B01")] {
                try await ttbd(
                    "classes", "create", "--code", code, "--curriculum", program, "--modules", modules, "--capacity",
                    "10", "--venue", "HN", "--from", "2026-06-01", "--to", "2026-06-05")
            }
            let refused = try await ttbd("enroll", "B-HN-01", "UV01", expect: 65)
            #expect(refused.contains("UV01 Nguyễn Thị Hồng: the program CT-B is for council+first-time"))
            #expect(refused.contains("this delegate is a candidate for a commune council"))
            #expect(
                try await ttbd("enroll", "D-HN-01", "0101", expect: 65).contains("the program CT-D is for candidate"))
            try await ttbd("enroll", "D-HN-01", "UV01")
            try await ttbd(
                "sessions", "add", "--class", "D-HN-01", "--module", "D01", "--date", "2026-06-01", "--slot", "morning",
                "--room", "P1")
            try await ttbd("attendance", "mark", "1", "--present", "UV01")
            try await ttbd("attendance", "close", "1")
            #expect(
                try await ttbd("certificates", "issue", "D-HN-01").contains("GCN-2026-000001  UV01  Nguyễn Thị Hồng"))
            // Candidates are not delegates: the golden time still counts the same first-time delegates.
            #expect(
                try await ttbd("report", "golden-time", "--term", "2026-2031", "--format", "csv") == goldenTime)

            let elected = try world.write(
                """
                code,full_name,national_id,body,province_code,commune_code,term,first_time
                X0001,Nguyễn Thị Hồng,001190000011,commune_council,01,00004,2026-2031,x

                """, as: "bau-cu.csv")
            try await ttbd("delegates", "import", elected)
            let matches = try await ttbd("candidates", "link", "--by-national-id", "--format", "csv")
            #expect(
                matches.split(separator: "\n").dropFirst() == [
                    "UV01,Nguyễn Thị Hồng,X0001,Nguyễn Thị Hồng,001190000011"
                ])
            #expect(
                try await ttbd("candidates", "link", "UV01", "0101", expect: 65)
                    == "candidate UV01 or delegate 0101 has no national id, so they are not known to be one person; nothing was written"
            )
            #expect(
                try await ttbd("candidates", "link", "UV01", "X0001")
                    == "Linked candidate UV01 to delegate X0001 Nguyễn Thị Hồng: moved 1 enrollments, 1 attendance marks, 1 certificates and 0 waivers."
            )
            #expect(try await ttbd("certificates", "list", "--class", "D-HN-01", "--format", "csv").contains("X0001"))
            let history = try await ttbd("delegates", "history", "X0001")
            #expect(history.contains("elected: the training of the candidate UV01 Nguyễn Thị Hồng moved here"))
            #expect(history.contains("GCN-2026-000001"))
            #expect(try await ttbd("candidates", "show", "UV01").contains("X0001 Nguyễn Thị Hồng"))
            #expect(
                try await ttbd("candidates", "link", "UV01", "X0001", "--force", expect: 65).hasPrefix(
                    "candidate UV01 is already linked to delegate X0001"))
            #expect(try await ttbd("candidates", "link", "UV01", expect: 64).contains("expected a candidate's code"))
        }
    }
}
