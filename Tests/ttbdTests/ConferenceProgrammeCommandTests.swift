import Foundation
import Spreadsheets
import TestSupport
import Testing
import TrainingModel

/// `ttbd conferences programme`, `withdraw` and `unregister` through the built binary, in the world of
/// ``ConferencesCommandTests``: 0102 and 0104 of Hà Nội's HĐND (region DBSH).
@Suite("ttbd conferences: the programme from a file, and withdrawals, on the command line")
struct ConferenceProgrammeCommandTests {
    static func open(_ world: EnrollCommandWorld) async throws {
        let opened = try await world.ttbd(
            "conferences", "open", "--code", "HN", "--title", "Hội nghị vùng Đồng bằng sông Hồng", "--region", "DBSH",
            "--venue", "Hội trường", "--from", "2026-10-08", "--to", "2026-10-09")
        #expect(opened.status == 0, "\(opened.text)")
    }

    @Test("a workbook with Vietnamese headers becomes the programme; a dry run writes nothing")
    func workbook() async throws {
        try await EnrollCommandWorld.with { world in
            try await Self.open(world)
            let sheet = Worksheet(
                header: ["Ngày", "Bắt đầu", "Kết thúc", "Nội dung", "Người trình bày"],
                rows: [
                    [
                        .date(CalendarDate(parsing: "2026-10-09")!), .text("08:00"), .text("11:00"), .text("Thảo luận"),
                        .empty,
                    ],
                    [
                        .date(CalendarDate(parsing: "2026-10-08")!), .text("08:00"), .text("09:30"), .text("Khai mạc"),
                        .text("Chủ tọa"),
                    ],
                ])
            let path = "\(world.folder.path)/chuong-trinh.xlsx"
            try XLSXWriter.workbook(sheet, sheetName: "Chương trình", modified: Date(timeIntervalSince1970: 0))
                .write(to: URL(fileURLWithPath: path))
            let dry = try await world.ttbd("conferences", "programme", "HN", path, "--dry-run")
            #expect(dry.status == 0, "\(dry.text)")
            #expect(
                dry.standardOutput
                    == "Dry run: programme of conference HN from \(path): 2 new, 0 changed, 0 unchanged, 0 removed; nothing was written."
            )
            let empty = try await world.ttbd("conferences", "show", "HN")
            #expect(empty.standardOutput.contains("The programme has no session yet."))
            let imported = try await world.ttbd("conferences", "programme", "HN", path, "--format", "json")
            let changes = try JSONSerialization.jsonObject(with: Data(imported.standardOutput.utf8)) as? [String: Int]
            #expect(changes == ["added": 2, "changed": 0, "unchanged": 0, "removed": 0])
            let show = try await world.ttbd("conferences", "show", "HN")
            #expect(show.standardOutput.contains("1     08/10/2026  08:00–09:30  Khai mạc   Chủ tọa"), "\(show.text)")
            #expect(show.standardOutput.contains("2     09/10/2026  08:00–11:00  Thảo luận  —"), "\(show.text)")

            let bad = Worksheet(
                header: ["Ngày", "Bắt đầu", "Kết thúc", "Nội dung"],
                rows: [
                    [.date(CalendarDate(parsing: "2026-10-08")!), .text("8 giờ"), .text("09:30"), .text("Khai mạc")]
                ])
            try XLSXWriter.workbook(bad, sheetName: "Chương trình", modified: Date(timeIntervalSince1970: 0))
                .write(to: URL(fileURLWithPath: path))
            let before = try await ConferencesCommandTests.digest(world)
            let refused = try await world.ttbd("conferences", "programme", "HN", path)
            #expect(refused.status == 65)
            #expect(
                refused.standardError.contains(
                    "\(path):'Chương trình'!B2: start '8 giờ' is not valid; expected a time of day as HH:MM, such as 08:00"
                ),
                "\(refused.text)")
            #expect(try await ConferencesCommandTests.digest(world) == before)
        }
    }

    @Test("a bad CSV exits 65 at its line and column, a wrong command line 64, and neither writes anything")
    func refusals() async throws {
        try await EnrollCommandWorld.with { world in
            try await Self.open(world)
            let before = try await ConferencesCommandTests.digest(world)
            let csv = try world.write(
                "day,start,end,title\n2026-10-08,08:00,09:30,Khai mạc\n2026-10-12,08:00,09:30,Bế mạc\n", as: "ct.csv")
            let outside = try await world.ttbd("conferences", "programme", "HN", csv)
            #expect(outside.status == 65)
            #expect(
                outside.standardError.contains(
                    "\(csv):3:1: day '2026-10-12' is not valid; expected a day of the conference, 2026-10-08 to 2026-10-09"
                ),
                "\(outside.text)")
            let missing = try await world.ttbd("conferences", "programme", "HN")
            #expect(missing.status == 64)
            let body = try await world.ttbd("conferences", "withdraw", "HN", "--body", "1")
            #expect(body.status == 64)
            let noBody = try await world.ttbd("conferences", "withdraw", "HN")
            #expect(noBody.status == 64)
            let unregister = try await world.ttbd("conferences", "unregister", "HN")
            #expect(unregister.status == 64)
            #expect(try await ConferencesCommandTests.digest(world) == before)
        }
    }

    @Test("unregister frees the seat; withdraw refuses a body with registrations unless they go too")
    func withdrawals() async throws {
        try await EnrollCommandWorld.with { world in
            try await Self.open(world)
            _ = try await world.ttbd("conferences", "invite", "HN", "--provinces", "01", "--seats", "1")
            let first = try await world.ttbd("conferences", "register", "HN", "--delegates", "0102")
            #expect(first.status == 0, "\(first.text)")
            let unregistered = try await world.ttbd("conferences", "unregister", "HN", "0102")
            #expect(
                unregistered.standardOutput
                    == "Unregistered 0102 Đặng Thị Ánh (HĐND thành phố Hà Nội) from conference HN; the seat is free.")
            let second = try await world.ttbd("conferences", "register", "HN", "--delegates", "0104")
            #expect(second.status == 0, "\(second.text)")

            let before = try await ConferencesCommandTests.digest(world)
            let refused = try await world.ttbd("conferences", "withdraw", "HN", "--body", "01")
            #expect(refused.status == 65)
            #expect(
                refused.standardError.contains(
                    "HĐND thành phố Hà Nội has 1 delegates registered for conference HN; expected none, or their registrations withdrawn too"
                ), "\(refused.text)")
            #expect(try await ConferencesCommandTests.digest(world) == before)
            let withdrawn = try await world.ttbd(
                "conferences", "withdraw", "HN", "--body", "01", "--with-registrations", "--format", "csv")
            #expect(withdrawn.status == 0, "\(withdrawn.text)")
            #expect(
                withdrawn.standardOutput.split(separator: "\n").suffix(2) == [
                    "delegate,full_name,body", "0104,Lê Thị Mai,HĐND thành phố Hà Nội",
                ])
            let show = try await world.ttbd("conferences", "show", "HN", "--format", "json")
            let detail = try JSONSerialization.jsonObject(with: Data(show.standardOutput.utf8)) as? [String: Any]
            let invited = (detail?["invitations"] as? [[String: Any]])?.compactMap { $0["provinceCode"] as? String }
            #expect(invited == ["22", "24", "31", "33", "37"])
        }
    }
}
