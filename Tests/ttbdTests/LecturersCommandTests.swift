import Foundation
import TestSupport
import Testing

@Suite("ttbd lecturers on the command line")
struct LecturersCommandTests {
    @Test("add a lecturer with modules; list sorts by given name and filters by module and accent-free search")
    func addAndList() async throws {
        try await SessionsWorld.with { world in
            let added = try await world.ttbd(
                "lecturers", "add", "--code", "GV4", "--name", "Đỗ  Thị Ánh", "--organisation", "Học viện Chính trị",
                "--home-province", "01", "--modules", "B02,A01", "--email", "anh@example.vn")
            #expect(added.status == 0, "\(added.text)")
            #expect(added.standardOutput == "Added lecturer GV4 (Đỗ Thị Ánh), teaching A01, B02.")

            let table = try await world.ttbd("lecturers", "list")
            #expect(
                table.standardOutput == """
                    Code  Full name       Organisation        Home province  Modules  Email           Phone
                    GV4   Đỗ Thị Ánh      Học viện Chính trị  01             A01,B02  anh@example.vn
                    GV2   Lê Văn Bình                                        B01
                    GV3   Phạm Minh Châu                                     A01
                    GV1   Trần Thị Hoa                                       B01,B02
                    4 lecturers
                    """)
            let teaching = try await world.ttbd("lecturers", "list", "--module", "B02", "--format", "csv")
            #expect(
                teaching.standardOutput == """
                    code,full_name,organisation,home_province,modules,email,phone
                    GV4,Đỗ Thị Ánh,Học viện Chính trị,01,"A01,B02",anh@example.vn,
                    GV1,Trần Thị Hoa,,,"B01,B02",,
                    """)
            let search = try await world.ttbd("lecturers", "list", "--search", "do thi anh", "--format", "json")
            let rows = try JSONSerialization.jsonObject(with: Data(search.standardOutput.utf8)) as? [[String: Any]]
            #expect(rows?.map { $0["code"] as? String } == ["GV4"])
            #expect(rows?.first?["sortKey"] as? String == "Ánh Thị Đỗ")
            #expect(rows?.first?["modules"] as? [String] == ["A01", "B02"])
        }
    }

    @Test("an unknown module or a duplicate code (65), a bad e-mail or phone (64) change nothing")
    func refusals() async throws {
        try await SessionsWorld.with { world in
            let before = try await world.digest(["lecturers", "lecturer_modules", "unavailability"])
            let module = try await world.ttbd(
                "lecturers", "add", "--code", "GV5", "--name", "Vũ Văn Nam", "--modules", "B01,Z99")
            #expect(module.status == 65)
            #expect(module.standardError == "no module has the code Z99")
            let duplicate = try await world.ttbd("lecturers", "add", "--code", "GV1", "--name", "Vũ Văn Nam")
            #expect(
                duplicate.standardError
                    == "lecturer GV1 already exists; import a CSV (`ttbd lecturers import`) to change it")
            let backwards = try await world.ttbd(
                "lecturers", "unavailable", "GV1", "--from", "2026-05-06", "--to", "2026-05-05")
            #expect(backwards.status == 65)
            #expect(
                backwards.standardError == "the period must end after it starts: 2026-05-06 is not before 2026-05-05")
            let nobody = try await world.ttbd("lecturers", "unavailable", "GV9")
            #expect(nobody.standardError == "no lecturer has the code GV9")
            let email = try await world.ttbd(
                "lecturers", "add", "--code", "GV6", "--name", "Vũ Văn Nam", "--email", "không có")
            #expect(email.status == 64)
            #expect(email.standardError.contains("--email 'không có' is not an e-mail address"))
            let phone = try await world.ttbd(
                "lecturers", "add", "--code", "GV6", "--name", "Vũ Văn Nam", "--phone", "12")
            #expect(phone.status == 64)
            #expect(phone.standardError.contains("--phone '12' is not a phone number; expected 8 to 15 digits"))
            #expect(try await world.digest(["lecturers", "lecturer_modules", "unavailability"]) == before)
        }
    }

    @Test("periods of unavailability: a day alone is the whole day, and they list in time order")
    func unavailable() async throws {
        try await SessionsWorld.with { world in
            let days = try await world.ttbd(
                "lecturers", "unavailable", "GV1", "--from", "2026-05-11", "--to", "2026-05-12", "--reason", "công tác")
            #expect(
                days.standardOutput
                    == "Lecturer GV1 is unavailable from 2026-05-11 to 2026-05-12 (công tác).")
            let hours = try await world.ttbd(
                "lecturers", "unavailable", "GV1", "--from", "2026-05-04T08:00", "--to", "2026-05-04T10:00")
            #expect(hours.standardOutput == "Lecturer GV1 is unavailable on 2026-05-04 from 08:00 to 10:00.")
            let table = try await world.ttbd("lecturers", "unavailable", "GV1")
            // The last day of a leave is the one named, not the midnight after it that the store keeps.
            #expect(table.standardOutput.contains("11/05/2026 00:00  12/05/2026 (cả ngày)"), "\(table.standardOutput)")
            let list = try await world.ttbd("lecturers", "unavailable", "GV1", "--format", "csv")
            #expect(
                list.standardOutput == """
                    from,to,kind,reason
                    2026-05-04 08:00,2026-05-04 10:00,leave,
                    2026-05-11 00:00,2026-05-13 00:00,leave,công tác
                    """)
            let session = try await world.ttbd(
                "sessions", "add", "--class", "B-HN-02", "--module", "B01", "--date", "2026-05-04", "--from", "09:30",
                "--to", "11:00", "--lecturer", "GV1")
            #expect(
                session.standardError
                    == "lecturer GV1 (Trần Thị Hoa) is unavailable from 2026-05-04 08:00 to 2026-05-04 10:00")
        }
    }

    @Test("import lecturers, re-import to change their modules, and refuse a bad sheet whole")
    func importSheets() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await SessionsWorld.with { world in
            let sheet = try SessionsWorld.write(
                """
                Mã giảng viên,Họ và tên,Cơ quan công tác,Chuyên đề
                GV1,Trần Thị Hoa,Trường Đại học Luật,B01
                GV7,Ngô Quang Vinh,,"A01, B01"

                """, in: folder, as: "lecturers.csv")
            let imported = try await world.ttbd("lecturers", "import", sheet)
            #expect(imported.standardOutput == "Imported \(sheet): 1 new, 1 changed, 0 unchanged.")
            #expect(
                try await world.value(
                    """
                    SELECT string_agg(l.code || ':' || m.module_code, ' ' ORDER BY l.code, m.module_code)
                    FROM lecturers l JOIN lecturer_modules m ON m.lecturer_id = l.id WHERE l.code IN ('GV1', 'GV7')
                    """) == "GV1:B01 GV7:A01 GV7:B01")

            let before = try await world.digest(["lecturers", "lecturer_modules", "unavailability"])
            let bad = try SessionsWorld.write(
                "code,full_name,modules,email,home_province\nGV8,,B01 Z98,không có,01\nGV 9,Lý Thị Mai,,,\n",
                in: folder,
                as: "bad.csv")
            let refused = try await world.ttbd("lecturers", "import", bad)
            #expect(refused.status == 65)
            #expect(
                refused.standardError == """
                    \(bad):2:5: full_name is empty; expected the lecturer's full name
                    \(bad):2:6: module Z98 is not in the catalog; expected codes of modules, such as A01
                    \(bad):2:14: email 'không có' is not valid; expected an address like ten@example.vn
                    \(bad):3:1: code 'GV 9' has characters other than letters, digits, . _ / -; expected the lecturer's code
                    """)
            #expect(try await world.digest(["lecturers", "lecturer_modules", "unavailability"]) == before)
        }
    }
}
