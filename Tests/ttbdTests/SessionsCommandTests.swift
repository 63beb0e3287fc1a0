import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

@Suite("ttbd sessions on the command line")
struct SessionsCommandTests {
    /// Session 1, the one in the way in most refusals.
    static let first =
        "session 1 (class B-HN-01 N1, module B01, 2026-05-04 morning 07:30–11:30, room HN/P1, lecturer GV1)"

    /// Adds session 1 (B-HN-01 N1, B01, 4 May morning, P1, GV1) and session 2 (B-HN-02, B01, 6 May morning,
    /// P2, GV1).
    static func addTwo(_ world: SessionsWorld) async throws {
        let first = try await world.ttbd(
            "sessions", "add", "--class", "B-HN-01", "--cohort", "N1", "--module", "B01", "--date", "2026-05-04",
            "--slot", "morning", "--room", "P1", "--lecturer", "GV1")
        #expect(first.status == 0, "\(first.text)")
        let second = try await world.ttbd(
            "sessions", "add", "--class", "B-HN-02", "--module", "B01", "--date", "2026-05-06", "--slot", "sáng",
            "--room", "P2", "--lecturer", "GV1")
        #expect(second.status == 0, "\(second.text)")
    }

    @Test("add takes the venue's hours in its zone, pins the session and names it")
    func add() async throws {
        try await SessionsWorld.with { world in
            let added = try await world.ttbd(
                "sessions", "add", "--class", "B-HN-01", "--cohort", "N1", "--module", "B01", "--date", "2026-05-04",
                "--slot", "morning", "--room", "P1", "--lecturer", "GV1")
            #expect(added.status == 0, "\(added.text)")
            #expect(added.standardOutput == "Added \(Self.first).")
            let stored = try await world.value(
                "SELECT during::text || ' ' || pinned || ' ' || revision || ' ' || status FROM sessions WHERE id = 1")
            #expect(stored == "[\"2026-05-04 00:30:00+00\",\"2026-05-04 04:30:00+00\") true 0 planned")
            // The world's own rows (catalog, venue, classes) come first, written by the test's SQL.
            let command =
                "audit_log WHERE id > (SELECT max(id) FROM audit_log WHERE table_name <> 'sessions' AND table_name <> 'session_lecturers')"
            let audit = try await world.value(
                PostgresQuery(
                    unsafeSQL: "SELECT string_agg(table_name || ':' || action, ',' ORDER BY id) FROM \(command)"))
            #expect(audit == "sessions:insert,session_lecturers:insert")
            let actors = try await world.value(
                PostgresQuery(unsafeSQL: "SELECT string_agg(DISTINCT actor, ',') FROM \(command)"))
            #expect(actors == Database.operatingSystemUser)
        }
    }

    @Test("the only cohort is the default, and an online class uses Vietnam's time and the usual hours")
    func defaultsAndOnline() async throws {
        try await SessionsWorld.with { world in
            let single = try await world.ttbd(
                "sessions", "add", "--class", "B-HN-02", "--module", "B02", "--date", "2026-05-04", "--from", "08:00",
                "--to", "10:15")
            #expect(
                single.standardOutput
                    == "Added session 1 (class B-HN-02 N1, module B02, 2026-05-04 morning 08:00–10:15).")
            let online = try await world.ttbd(
                "sessions", "add", "--class", "B-OL-01", "--module", "B01", "--date", "2026-05-04", "--slot",
                "afternoon", "--format", "json")
            #expect(online.status == 0, "\(online.text)")
            let json = try JSONSerialization.jsonObject(with: Data(online.standardOutput.utf8)) as? [String: Any]
            #expect(json?["start"] as? String == "13:30")
            #expect(json?["end"] as? String == "17:00")
            #expect(json?["halfDay"] as? String == "afternoon")
            #expect(json?["pinned"] as? Bool == true)
            #expect(
                try await world.value("SELECT lower(during)::text FROM sessions WHERE id = 2")
                    == "2026-05-04 06:30:00+00")
        }
    }

    @Test("a session's hours are the venue's, in the venue's zone")
    func venueZone() async throws {
        try await SessionsWorld.with { world in
            let venue = try await world.ttbd(
                "venues", "add", "--code", "TK", "--name", "Tokyo", "--time-zone", "Asia/Tokyo", "--morning",
                "09:00-12:00")
            #expect(venue.status == 0, "\(venue.text)")
            _ = try await world.value(
                """
                WITH c AS (
                    INSERT INTO classes (code, curriculum_code, venue_id, capacity, starts_on, ends_on)
                    SELECT 'B-TK-01', 'CT-B', id, 30, '2026-05-04', '2026-05-08' FROM venues WHERE code = 'TK'
                    RETURNING id)
                INSERT INTO cohorts (class_id, code) SELECT id, 'N1' FROM c RETURNING ''
                """)
            let added = try await world.ttbd(
                "sessions", "add", "--class", "B-TK-01", "--module", "B01", "--date", "2026-05-04", "--slot", "morning")
            #expect(
                added.standardOutput
                    == "Added session 1 (class B-TK-01 N1, module B01, 2026-05-04 morning 09:00–12:00).")
            #expect(
                try await world.value("SELECT lower(during)::text FROM sessions WHERE id = 1")
                    == "2026-05-04 00:00:00+00")
        }
    }

    /// A refused command, what it must say, and whether sessions 1 and 2 exist first.
    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var message: String

        var testDescription: String { name }

        static func add(_ name: String, _ arguments: [String], _ message: String) -> Refusal {
            Refusal(name: name, arguments: ["sessions", "add"] + arguments, message: message)
        }
    }

    static let refusals: [Refusal] = [
        .add(
            "room double-booked",
            [
                "--class", "B-HN-02", "--module", "B01", "--date", "2026-05-04", "--from", "08:00", "--to", "10:00",
                "--room", "P1",
            ],
            "double booking: room HN/P1 is already taken on 2026-05-04 08:00–10:00 by \(first)"),
        .add(
            "lecturer double-booked",
            [
                "--class", "B-HN-02", "--module", "B01", "--date", "2026-05-04", "--slot", "morning", "--lecturer",
                "GV1",
            ],
            "double booking: lecturer GV1 (Trần Thị Hoa) is already taken on 2026-05-04 07:30–11:30 by \(first)"),
        .add(
            "cohort double-booked",
            [
                "--class", "B-HN-01", "--cohort", "N1", "--module", "B02", "--date", "2026-05-04", "--from", "10:00",
                "--to", "12:00", "--room", "P2",
            ],
            "double booking: cohort N1 of class B-HN-01 is already taken on 2026-05-04 10:00–12:00 by \(first)"),
        Refusal(
            name: "lecturer double-booked by a move", arguments: ["sessions", "move", "2", "--date", "2026-05-04"],
            message:
                "double booking: lecturer GV1 (Trần Thị Hoa) is already taken on 2026-05-04 07:30–11:30 by \(first)"),
        Refusal(
            name: "room double-booked by a move",
            arguments: [
                "sessions", "move", "2", "--date", "2026-05-04", "--from", "11:00", "--to", "12:00", "--room", "P1",
            ],
            message: "double booking: room HN/P1 is already taken on 2026-05-04 11:00–12:00 by \(first)"),
        .add(
            "lecturer does not teach the module",
            [
                "--class", "B-HN-02", "--module", "B02", "--date", "2026-05-07", "--slot", "morning", "--lecturer",
                "GV2",
            ],
            "lecturer GV2 (Lê Văn Bình) does not teach module B02"),
        .add(
            "lecturer unavailable",
            [
                "--class", "B-HN-02", "--module", "B01", "--date", "2026-05-05", "--slot", "afternoon", "--lecturer",
                "GV2",
            ],
            "lecturer GV2 (Lê Văn Bình) is unavailable from 2026-05-05 00:00 to 2026-05-06 00:00 (công tác)"),
        .add(
            "public holiday",
            ["--class", "B-HN-02", "--module", "B01", "--date", "2026-05-01", "--slot", "morning"],
            "2026-05-01 is a public holiday (Ngày Quốc tế Lao động): no session that day"),
        .add(
            "date outside the class window",
            ["--class", "B-HN-02", "--module", "B01", "--date", "2026-06-01", "--slot", "morning"],
            "2026-06-01 is outside the dates of class B-HN-02 (2026-04-27 to 2026-05-29)"),
        .add(
            "several cohorts and none named",
            ["--class", "B-HN-01", "--module", "B01", "--date", "2026-05-07", "--slot", "morning"],
            "class B-HN-01 has cohorts N1, N2; say which with --cohort"),
        .add(
            "module the class does not teach",
            ["--class", "B-HN-02", "--module", "A01", "--date", "2026-05-07", "--slot", "morning"],
            "class B-HN-02 does not teach module A01; it teaches B01, B02"),
        .add(
            "unknown class", ["--class", "X-01", "--module", "B01", "--date", "2026-05-07", "--slot", "morning"],
            "no class has the code X-01"),
        .add(
            "unknown module", ["--class", "B-HN-02", "--module", "Z99", "--date", "2026-05-07", "--slot", "morning"],
            "no module has the code Z99"),
        .add(
            "unknown room",
            ["--class", "B-HN-02", "--module", "B01", "--date", "2026-05-07", "--slot", "morning", "--room", "P9"],
            "venue HN of class B-HN-02 has no room P9"),
        .add(
            "room closed",
            ["--class", "B-HN-02", "--module", "B01", "--date", "2026-05-08", "--slot", "afternoon", "--room", "P2"],
            "room HN/P2 is closed from 2026-05-08 00:00 to 2026-05-09 00:00 (sửa chữa)"),
        .add(
            "unknown lecturer",
            [
                "--class", "B-HN-02", "--module", "B01", "--date", "2026-05-07", "--slot", "morning", "--lecturer",
                "GV9",
            ],
            "no lecturer has the code GV9"),
        .add(
            "a room for an online class",
            ["--class", "B-OL-01", "--module", "B01", "--date", "2026-05-07", "--slot", "morning", "--room", "P1"],
            "class B-OL-01 is online: it has no rooms; leave out --room"),
        Refusal(
            name: "unknown session", arguments: ["sessions", "cancel", "9"],
            message: "no session has the id 9; `ttbd sessions list --class …` shows a class's sessions"),
    ]

    @Test("each refusal exits 65, says what is in the way, and changes nothing", arguments: refusals)
    func refusal(_ refusal: Refusal) async throws {
        try await SessionsWorld.with { world in
            try await Self.addTwo(world)
            let before = try await world.digest()
            let output = try await CommandLineTool.run(refusal.arguments, environment: world.environment)
            #expect(output.status == 65, "\(output.text)")
            #expect(output.standardError == refusal.message)
            #expect(try await world.digest() == before)
        }
    }

    @Test("move changes day, hours and room and raises the revision; cancel frees the time")
    func moveAndCancel() async throws {
        try await SessionsWorld.with { world in
            try await Self.addTwo(world)
            let moved = try await world.ttbd(
                "sessions", "move", "1", "--date", "2026-05-05", "--slot", "afternoon", "--room", "P2")
            #expect(moved.status == 0, "\(moved.text)")
            #expect(
                moved.standardOutput == """
                    Moved \(Self.first)
                       to session 1 (class B-HN-01 N1, module B01, 2026-05-05 afternoon 13:30–17:00, room HN/P2, lecturer GV1).
                    """)
            #expect(try await world.value("SELECT revision::text FROM sessions WHERE id = 1") == "1")
            #expect(
                try await world.value("SELECT lower(during)::text FROM session_lecturers WHERE session_id = 1")
                    == "2026-05-05 06:30:00+00")

            let cancelled = try await world.ttbd("sessions", "cancel", "1", "--reason", "giảng viên ốm")
            #expect(cancelled.status == 0, "\(cancelled.text)")
            #expect(
                try await world.value(
                    "SELECT status || ' ' || revision || ' ' || cancel_reason FROM sessions WHERE id = 1")
                    == "cancelled 2 giảng viên ốm")
            let again = try await world.ttbd("sessions", "cancel", "1")
            #expect(again.status == 65)
            #expect(again.standardError.hasSuffix("is cancelled; only a planned session can change"))

            let freed = try await world.ttbd(
                "sessions", "add", "--class", "B-HN-02", "--module", "B01", "--date", "2026-05-05", "--slot",
                "afternoon", "--room", "P2", "--lecturer", "GV1")
            #expect(freed.status == 0, "\(freed.text)")
        }
    }

    @Test("a held session cannot move")
    func heldStays() async throws {
        try await SessionsWorld.with { world in
            try await Self.addTwo(world)
            _ = try await world.value("UPDATE sessions SET status = 'held' WHERE id = 1 RETURNING ''")
            let before = try await world.digest()
            let output = try await world.ttbd("sessions", "move", "1", "--slot", "afternoon")
            #expect(output.status == 65)
            #expect(
                output.standardError
                    == "session 1 (class B-HN-01 N1, module B01, 2026-05-04 morning 07:30–11:30, room HN/P1, lecturer GV1) "
                    + "is held; only a planned session can change")
            #expect(try await world.digest() == before)
        }
    }

    @Test("list shows local dates, sáng/chiều and hours as a table, JSON and CSV")
    func list() async throws {
        try await SessionsWorld.with { world in
            try await Self.addTwo(world)
            _ = try await world.ttbd(
                "sessions", "add", "--class", "B-HN-01", "--cohort", "N2", "--module", "B02", "--date", "2026-05-04",
                "--slot", "afternoon", "--room", "P1", "--lecturer", "GV1")

            let table = try await world.ttbd("sessions", "list", "--class", "B-HN-01")
            #expect(
                table.standardOutput == """
                    Id  Cohort  Module  Date        Half day  Hours        Room   Lecturers  Status
                    1   N1      B01     04/05/2026  sáng      07:30–11:30  HN/P1  GV1        planned
                    3   N2      B02     04/05/2026  chiều     13:30–17:00  HN/P1  GV1        planned
                    2 sessions
                    """)

            let csv = try await world.ttbd(
                "sessions", "list", "--class", "B-HN-01", "--from", "2026-05-04", "--to", "2026-05-04", "--format",
                "csv")
            #expect(
                csv.standardOutput == """
                    id,cohort,module,date,half_day,hours,room,lecturers,status
                    1,N1,B01,2026-05-04,morning,07:30-11:30,HN/P1,GV1,planned
                    3,N2,B02,2026-05-04,afternoon,13:30-17:00,HN/P1,GV1,planned
                    """)

            let json = try await world.ttbd("sessions", "list", "--class", "B-HN-02", "--format", "json")
            let rows = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
            #expect(rows?.count == 1)
            #expect(rows?.first?["date"] as? String == "2026-05-06")
            #expect(rows?.first?["room"] as? String == "HN/P2")
            #expect(rows?.first?["lecturers"] as? [String] == ["GV1"])
            #expect(rows?.first?["revision"] as? Int == 0)

            let none = try await world.ttbd("sessions", "list", "--class", "B-HN-01", "--from", "2026-05-05")
            #expect(none.standardOutput.hasSuffix("0 sessions"))
        }
    }
}
