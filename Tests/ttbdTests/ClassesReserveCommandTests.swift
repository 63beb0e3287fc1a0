import Foundation
import PostgresNIO
import TestSupport
import Testing
import TrainingModel

/// `ttbd classes reserve`, `reservations` and `unreserve`, by the real clock: the days are counted from today.
@Suite("ttbd classes reserve on the command line")
struct ClassesReserveCommandTests {
    /// The day `offset` days from today in Vietnam, as YYYY-MM-DD.
    static func day(_ offset: Int) -> String {
        CalendarDate.inVietnam(at: Date().addingTimeInterval(Double(offset) * 86_400)).description
    }

    /// Opens B-HN-09 of CT-B (module B01) at HN in 40 to 60 days, with `capacity` seats.
    static func open(capacity: Int, in world: EnrollCommandWorld) async throws {
        let created = try await world.ttbd(
            "classes", "create", "--code", "B-HN-09", "--curriculum", "CT-B", "--modules", "B01", "--capacity",
            String(capacity), "--venue", "HN", "--from", day(40), "--to", day(60))
        #expect(created.status == 0, "\(created.text)")
    }

    @Test("reserve a seat for the commune councils, enroll around it, show and list it, and remove it")
    func reserveEnrollShowRemove() async throws {
        try await EnrollCommandWorld.with { world in
            try await Self.open(capacity: 1, in: world)
            let until = Self.day(30)
            let reserved = try await world.ttbd(
                "classes", "reserve", "B-HN-09", "--body", "commune_council", "--seats", "1", "--until", until)
            #expect(reserved.status == 0, "\(reserved.text)")
            #expect(
                reserved.standardOutput
                    == "Reserved 1 seats of B-HN-09 for the commune councils until \(until); 0 of them taken.")

            // 0102 sits in the province council: the only seat is held, so it waits; 0101 (commune) takes it.
            let outsider = try await world.ttbd("enroll", "B-HN-09", "0102")
            #expect(outsider.standardOutput.contains("wait-listed (position 1)"), "\(outsider.text)")
            let member = try await world.ttbd("enroll", "B-HN-09", "0101")
            #expect(member.standardOutput.contains("enrolled (N1)"), "\(member.text)")

            let show = try await world.ttbd("classes", "show", "B-HN-09")
            #expect(
                show.standardOutput.split(separator: "\n").contains(
                    "Dành riêng     the commune councils: 1 seats, 1 taken, held until \(until)"), "\(show.text)")
            let csv = try await world.ttbd("classes", "reservations", "B-HN-09", "--format", "csv")
            #expect(csv.standardOutput == "group,seats,taken,held,until,expired\ncommune_council,1,1,0,\(until),false")
            let table = try await CommandLineTool.run(
                ["classes", "reservations", "B-HN-09"],
                environment: ["DATABASE_URL": world.database.url, "TTBD_LANG": "vi"])
            #expect(
                table.standardOutput.split(separator: "\n").map(String.init) == [
                    "Nhóm         Số chỗ  Đã dùng  Còn giữ  Giữ đến     Trạng thái",
                    "HĐND cấp xã  1       1        0        \(CalendarDate(parsing: until)!.vietnamese)  đang giữ",
                    "1 suất chỗ dành riêng",
                ], "\(table.text)")

            // The seat 0101 frees is still held for the commune councils: 0102 keeps waiting until it is removed.
            let withdrawn = try await world.ttbd("withdraw", "B-HN-09", "0101")
            #expect(withdrawn.status == 0, "\(withdrawn.text)")
            let waiting = try await world.ttbd("classes", "list", "--format", "csv")
            #expect(waiting.standardOutput.hasSuffix(",1,0,1,planned"), "\(waiting.text)")
            let removed = try await world.ttbd("classes", "unreserve", "B-HN-09", "--body", "commune_council")
            #expect(
                removed.standardOutput
                    == "Removed the 1 seats of B-HN-09 reserved for the commune councils; 1 wait-listed delegates got a seat.",
                "\(removed.text)")
            let seated = try await world.ttbd("classes", "list", "--format", "csv")
            #expect(seated.standardOutput.hasSuffix(",1,1,0,planned"), "\(seated.text)")
        }
    }

    @Test("wrong options exit 64, a reservation that does not fit exits 65 with every reason, and neither writes")
    func refusals() async throws {
        try await EnrollCommandWorld.with { world in
            try await Self.open(capacity: 2, in: world)
            let before = try await world.digest()
            func reserve(_ arguments: String..., language: String = "en") async throws -> (Int32, String) {
                let output = try await CommandLineTool.run(
                    ["classes", "reserve"] + arguments,
                    environment: ["DATABASE_URL": world.database.url, "TTBD_LANG": language])
                return (output.status, output.standardError)
            }
            let until = Self.day(30)
            let neither = try await reserve("B-HN-09", "--seats", "1", "--until", until)
            #expect(neither.0 == 64 && neither.1.contains("give either --province CODE or --body KIND"))
            let both = try await reserve(
                "B-HN-09", "--province", "01", "--body", "commune_council", "--seats", "1", "--until", until)
            #expect(both.0 == 64 && both.1.contains("give either --province CODE or --body KIND"))
            let shortProvince = try await reserve("B-HN-09", "--province", "1", "--seats", "1", "--until", until)
            #expect(shortProvince.0 == 64 && shortProvince.1.contains("--province "), "\(shortProvince.1)")
            let body = try await reserve("B-HN-09", "--body", "senate", "--seats", "1", "--until", until)
            #expect(body.0 == 64 && body.1.contains("senate"), "\(body.1)")
            let seats = try await reserve("B-HN-09", "--province", "01", "--seats", "0", "--until", until)
            #expect(seats.0 == 64 && seats.1.contains("--seats must be positive, got 0"), "\(seats.1)")
            let day = try await reserve("B-HN-09", "--province", "01", "--seats", "1", "--until", "2026-02-30")
            #expect(day.0 == 64 && day.1.contains("--until '2026-02-30'"), "\(day.1)")

            let province = try await reserve("B-HN-09", "--province", "99", "--seats", "1", "--until", until)
            #expect(province == (65, "no province has the code 99"))
            let yesterday = Self.day(-1)
            let tooMany = try await reserve(
                "B-HN-09", "--province", "79", "--seats", "3", "--until", yesterday)
            #expect(tooMany.0 == 65)
            #expect(
                tooMany.1 == """
                    cannot reserve 3 seats of B-HN-09 for province 79; nothing was written:
                      the seats would be held until \(yesterday), which is already past (today is \(Self.day(0)))
                      the class has 2 seats and reserves 0 for other groups; at most 2 more can be reserved
                    """)
            let inVietnamese = try await reserve(
                "B-HN-09", "--province", "79", "--seats", "3", "--until", until, language: "vi")
            #expect(inVietnamese.0 == 65)
            #expect(
                inVietnamese.1 == """
                    không dành riêng được 3 chỗ của lớp B-HN-09 cho tỉnh 79; chưa ghi gì:
                      lớp có 2 chỗ và đã dành riêng 0 chỗ cho các nhóm khác; chỉ có thể dành riêng thêm tối đa 2 chỗ
                    """)
            let unknownClass = try await reserve("B-X", "--province", "79", "--seats", "1", "--until", until)
            #expect(unknownClass.0 == 65 && unknownClass.1.hasPrefix("no class has the code B-X"))
            #expect(try await world.digest() == before)
            let reservations = try await world.database.run { pool in
                try await EnrollmentFixture.number(pool, "SELECT count(*) FROM class_reservations")
            }
            #expect(reservations == 0)
        }
    }
}
