import Foundation
import PostgresInfrastructure
import TestSupport
import Testing
import TrainingStore

/// The calendar feed `/v1/calendar/<feed-token>.ics` of a real `ttbd serve`, read by an independent parser:
/// `scripts/check-feed.py`, Python's `icalendar` package (installed by `scripts/setup`), which prints the
/// events it parsed as JSON. Every field is compared with what the sessions are.
@Suite("calendar feed, parsed by Python's icalendar")
struct CalendarFeedTests {
    /// What the parser must read for each session of delegate 0101 after ``changes``: times are the
    /// sessions' local times in Asia/Ho_Chi_Minh (UTC+7) as UTC instants.
    static let expected: [[String: String?]] = [
        event(1, sequence: 0, "CONFIRMED", "2026-05-04T00:30:00Z", "2026-05-04T04:30:00Z", module: "B01", room: "P1"),
        event(2, sequence: 0, "CONFIRMED", "2026-05-04T06:30:00Z", "2026-05-04T10:00:00Z", module: "B01", room: "P1"),
        event(
            6, sequence: 0, "CONFIRMED", "2026-05-07T00:30:00Z", "2026-05-07T04:30:00Z", module: "B01", room: "P2",
            group: "Lớp B-HN-02, nhóm N1", lecturer: "Lê Văn Bình"),
        event(4, sequence: 1, "CANCELLED", "2026-05-12T00:30:00Z", "2026-05-12T04:30:00Z", module: "B02", room: "P1"),
        event(5, sequence: 1, "CONFIRMED", "2026-05-13T01:00:00Z", "2026-05-13T04:00:00Z", module: "B02", room: "P1"),
    ]

    @Test("every event: UID, SEQUENCE, STATUS, UTC start and end, and the Vietnamese text unescaped")
    func feed() async throws {
        try await MeFixture.with { fixture in
            try await changes(fixture)
            let (status, body) = try await fixture.service.get(
                "/v1/calendar/\(fixture.feedToken).ics", headers: ["Accept-Language": "vi-VN"])
            #expect(status == 200)
            let parsed = try Self.parse(body)
            #expect(parsed.calendar["version"] == "2.0")
            #expect(parsed.calendar["method"] == "PUBLISH")
            let events = parsed.events.map { event in event.filter { $0.key != "stamp" } }
            #expect(events.count == Self.expected.count)
            for (event, expected) in zip(events, Self.expected) {
                #expect(event == expected)
            }
            #expect(parsed.events.allSatisfy { ($0["stamp"] ?? nil)?.hasSuffix("Z") == true })
            // A phone set to English asks for it; the module's title and the places are data and stay as written.
            let (_, english) = try await fixture.service.get(
                "/v1/calendar/\(fixture.feedToken).ics", headers: ["Accept-Language": "en-US,en;q=0.9"])
            let first = try #require(try Self.parse(english).events.first)
            #expect(first["description"] == "Class B-HN-01, cohort N1\nLecturer: Trần Thị Hoa")
            #expect(first["summary"] == Self.expected[0]["summary"])
        }
    }

    @Test("the database's instants of the sessions are the ones the feed says")
    func instants() async throws {
        try await MeFixture.with { fixture in
            try await changes(fixture)
            let (_, body) = try await fixture.service.get("/v1/calendar/\(fixture.feedToken).ics")
            let parsed = try Self.parse(body)
            for event in parsed.events {
                let id = try #require((event["uid"] ?? nil).flatMap { Int($0.dropFirst(8).dropLast(5)) })
                let stored = try await fixture.world.value(
                    """
                    SELECT to_char(lower(during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || ' '
                        || to_char(upper(during) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                    FROM sessions WHERE id = \(id)
                    """)
                #expect(stored == "\((event["start"] ?? nil) ?? "") \((event["end"] ?? nil) ?? "")")
            }
        }
    }

    @Test("an unknown or API token is 404, and the feed does not need the Authorization header")
    func unknownToken() async throws {
        try await MeFixture.with { fixture in
            let unknown = try await fixture.service.get("/v1/calendar/ttbdcal_\(String(repeating: "x", count: 43)).ics")
            #expect(unknown.status == 404)
            let api = try await fixture.service.get("/v1/calendar/\(fixture.apiToken).ics")
            #expect(api.status == 404)
        }
    }

    /// Session 5 moved to 2026-05-13 08:00–11:00 (revision 1); module B02's title and room P1's name with a
    /// comma, a semicolon, a backslash and accents, which iCalendar must escape and the parser unescape.
    private func changes(_ fixture: MeFixture) async throws {
        let moved = try await fixture.world.ttbd(
            "sessions", "move", "5", "--date", "2026-05-13", "--from", "08:00", "--to", "11:00")
        #expect(moved.status == 0, "\(moved.text)")
        _ = try await fixture.world.value(
            #"UPDATE modules SET title = 'Kỹ năng chất vấn; giám sát, tiếp xúc cử tri \ "HĐND"' WHERE code = 'B02' RETURNING ''"#
        )
        _ = try await fixture.world.value(
            "UPDATE rooms SET name = 'Phòng 1 (Nhà A; tầng 2)' WHERE code = 'P1' RETURNING ''")
    }

    private static func event(
        _ id: Int, sequence: Int, _ status: String, _ start: String, _ end: String, module: String, room: String,
        group: String = "Lớp B-HN-01, nhóm N1", lecturer: String = "Trần Thị Hoa"
    ) -> [String: String?] {
        let title = module == "B01" ? "Tổng quan về HĐND" : #"Kỹ năng chất vấn; giám sát, tiếp xúc cử tri \ "HĐND""#
        let roomName = room == "P1" ? "Phòng 1 (Nhà A; tầng 2)" : "Phòng 2"
        return [
            "uid": "session-\(id)@ttbd", "sequence": String(sequence), "status": status, "start": start, "end": end,
            "summary": "\(module). \(title)", "location": "\(roomName), Hội trường Hà Nội",
            "description": "\(group)\nGiảng viên: \(lecturer)",
        ]
    }

    /// The feed as `scripts/check-feed.py` parses it.
    private static func parse(_ body: Data) throws -> (calendar: [String: String?], events: [[String: String?]]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = "\(folder.path)/feed.ics"
        try body.write(to: URL(fileURLWithPath: file))
        let script = URL(fileURLWithPath: TestCluster.migrationsDirectory).deletingLastPathComponent()
            .appendingPathComponent("scripts/check-feed.py").path
        let output = try ChildProcess("/usr/bin/env", ["python3", script, file]).run()
        try #require(output.status == 0, "check-feed.py: \(output.text)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        let calendar = (json["calendar"] as? [String: Any] ?? [:]).mapValues { $0 as? String }
        let events = (json["events"] as? [[String: Any]] ?? []).map { event in
            event.mapValues { value -> String? in
                if let number = value as? Int { return String(number) }
                return value as? String
            }
        }
        return (calendar, events)
    }
}
