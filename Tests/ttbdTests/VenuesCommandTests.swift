import Foundation
import TestSupport
import Testing

@Suite("ttbd venues and rooms on the command line")
struct VenuesCommandTests {
    @Test("add a venue and a room, list them as a table, JSON and CSV")
    func addAndList() async throws {
        try await SessionsWorld.with { world in
            let venue = try await world.ttbd(
                "venues", "add", "--code", "HCM", "--name", "Hội trường Thành phố Hồ Chí Minh", "--province", "79",
                "--morning", "08:00-11:30", "--afternoon", "13:00-16:30")
            #expect(venue.status == 0, "\(venue.text)")
            #expect(
                venue.standardOutput
                    == "Added venue HCM (Hội trường Thành phố Hồ Chí Minh): morning 08:00–11:30, afternoon 13:00–16:30, "
                    + "Asia/Ho_Chi_Minh."
            )
            let room = try await world.ttbd(
                "rooms", "add", "--venue", "HCM", "--code", "A201", "--name", "Phòng A201", "--capacity", "80",
                "--zone", "Nhà A, tầng 2")
            #expect(room.standardOutput == "Added room HCM/A201 (Phòng A201), 80 seats.")

            let table = try await world.ttbd("venues", "list")
            #expect(
                table.standardOutput == """
                    Code  Name                              Province  Address  Time zone         Morning      Afternoon    Online
                    HCM   Hội trường Thành phố Hồ Chí Minh  79                 Asia/Ho_Chi_Minh  08:00–11:30  13:00–16:30
                    HN    Hội trường Hà Nội                 01                 Asia/Ho_Chi_Minh  07:30–11:30  13:30–17:00
                    2 venues
                    """)
            let json = try await world.ttbd("venues", "list", "--format", "json")
            let venues = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
            #expect(venues?.first?["timeZone"] as? String == "Asia/Ho_Chi_Minh")
            #expect((venues?.first?["morning"] as? [String: String]) == ["start": "08:00", "end": "11:30"])

            let rooms = try await world.ttbd("rooms", "list", "--venue", "HCM", "--format", "csv")
            #expect(
                rooms.standardOutput == """
                    venue,code,name,capacity,zone,online
                    HCM,A201,Phòng A201,80,"Nhà A, tầng 2",false
                    """)
            let all = try await world.ttbd("rooms", "list")
            #expect(all.standardOutput.hasSuffix("3 rooms"))
        }
    }

    @Test("a duplicate code, an unknown province or venue is refused with exit 65 and changes nothing")
    func refusals() async throws {
        try await SessionsWorld.with { world in
            let before = try await world.digest(["venues", "rooms"])
            let duplicate = try await world.ttbd("venues", "add", "--code", "HN", "--name", "Khác")
            #expect(duplicate.status == 65)
            #expect(
                duplicate.standardError == "venue HN already exists; import a CSV (`ttbd venues import`) to change it")
            let province = try await world.ttbd("venues", "add", "--code", "X", "--name", "X", "--province", "99")
            #expect(province.standardError == "no province has the code 99")
            let room = try await world.ttbd(
                "rooms", "add", "--venue", "HP", "--code", "P1", "--name", "P1", "--capacity", "10")
            #expect(room.status == 65)
            #expect(room.standardError == "no venue has the code HP")
            let sameRoom = try await world.ttbd(
                "rooms", "add", "--venue", "HN", "--code", "P1", "--name", "P1", "--capacity", "10")
            #expect(
                sameRoom.standardError == "room HN/P1 already exists; import a CSV (`ttbd rooms import`) to change it")
            #expect(try await world.digest(["venues", "rooms"]) == before)

            let zone = try await world.ttbd(
                "venues", "add", "--code", "X", "--name", "X", "--time-zone", "Mars/Olympus")
            #expect(zone.status == 64)
            let hours = try await world.ttbd("venues", "add", "--code", "X", "--name", "X", "--morning", "07:30-14:00")
            #expect(hours.status == 64)
            #expect(
                hours.standardError.contains(
                    "the morning (07:30–14:00) must end before the afternoon (13:30–17:00) starts"))
        }
    }

    @Test("import venues and rooms with Vietnamese headers, and again to update by code")
    func importAndUpdate() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await SessionsWorld.with { world in
            let venues = try SessionsWorld.write(
                """
                Mã địa điểm;Tên địa điểm;Mã tỉnh;Buổi sáng;Trực tuyến
                DN;Trung tâm Đà Nẵng;48;07:00-11:00;
                ZOOM;Lớp trực tuyến;;;x

                """, in: folder, as: "venues.csv")
            let first = try await world.ttbd("venues", "import", venues)
            #expect(first.standardOutput == "Imported \(venues): 2 new, 0 changed, 0 unchanged.")
            let rooms = try SessionsWorld.write(
                "venue,code,name,capacity,zone\nDN,101,Phòng 101,40,Tầng 1\nHN,P1,Phòng 1 (mới),70,\n", in: folder,
                as: "rooms.csv")
            let roomImport = try await world.ttbd("rooms", "import", rooms)
            #expect(roomImport.standardOutput == "Imported \(rooms): 1 new, 1 changed, 0 unchanged.")
            #expect(
                try await world.value("SELECT name || ' ' || capacity FROM rooms WHERE code = 'P1'")
                    == "Phòng 1 (mới) 70")
            #expect(
                try await world.value(
                    "SELECT to_char(morning_starts, 'HH24:MI') || ' ' || online FROM venues WHERE code = 'DN'")
                    == "07:00 false")
            let again = try await world.ttbd("venues", "import", venues)
            #expect(again.standardOutput == "Imported \(venues): 0 new, 0 changed, 2 unchanged.")
        }
    }

    @Test("a bad sheet names every bad cell as file:line:column and writes nothing")
    func badSheets() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await SessionsWorld.with { world in
            let before = try await world.digest(["venues", "rooms"])
            let venues = try SessionsWorld.write(
                """
                code,name,province,morning,time_zone
                DN,Trung tâm Đà Nẵng,48,7h-11h,Asia/Ho_Chi_Minh
                ,Không mã,99,,Mars/Olympus
                DN,Trùng,,,

                """, in: folder, as: "venues.csv")
            let refused = try await world.ttbd("venues", "import", venues)
            #expect(refused.status == 65)
            #expect(
                refused.standardError == """
                    \(venues):2:25: morning '7h-11h' is not valid; expected hours as HH:MM-HH:MM, such as 07:30-11:30
                    \(venues):3:1: code is empty; expected the venue's code
                    \(venues):3:11: province '99' is not valid; expected one of the 34 province codes, such as 01
                    \(venues):3:15: time_zone 'Mars/Olympus' is not valid; expected an IANA zone such as Asia/Ho_Chi_Minh
                    \(venues):4:1: DN is already on line 2; expected each one once
                    """)

            let rooms = try SessionsWorld.write(
                "Mã địa điểm,Mã phòng,Tên phòng,Sức chứa,Tầng\nHP,1,Phòng 1,nhiều\nHN,P3,Phòng 3,0\n", in: folder,
                as: "rooms.csv")
            let badRooms = try await world.ttbd("rooms", "import", rooms)
            #expect(badRooms.status == 65)
            #expect(
                badRooms.standardError == """
                    \(rooms):1:41: column 'Tầng' is unknown; expected one of venue (Mã địa điểm), code (Mã phòng), \
                    name (Tên phòng), capacity (Sức chứa), zone (Khu vực), online (Trực tuyến)
                    """)
            let rooms2 = try SessionsWorld.write(
                "Mã địa điểm,Mã phòng,Tên phòng,Sức chứa\nHP,1,Phòng 1,nhiều\nHN,P3,Phòng 3,0\n", in: folder,
                as: "rooms2.csv")
            let badCells = try await world.ttbd("rooms", "import", rooms2)
            #expect(
                badCells.standardError == """
                    \(rooms2):2:1: venue HP does not exist; expected one of HN
                    \(rooms2):2:14: capacity 'nhiều' is not valid; expected a whole number of seats above 0
                    \(rooms2):3:15: capacity '0' is not valid; expected a whole number of seats above 0
                    """)
            #expect(try await world.digest(["venues", "rooms"]) == before)
        }
    }
}
