import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingModel
import TrainingOperations

/// On ``ServiceWorld``'s data: a region of Hồ Chí Minh City (79) and Hà Nội (01), its conference C1 hosted by 79
/// (two seats per body) with one session, 0101 and 7901 registered and 7901 present.
enum ConferenceServiceFixture {
    static func open(in database: Database) async throws {
        try await database.client.query(
            """
            WITH region AS (INSERT INTO regions (code, name) VALUES ('DNB-HN', 'Vùng thử') RETURNING code)
            INSERT INTO region_provinces (region_code, province_code, position)
            SELECT code, p, n FROM region, unnest(ARRAY['79', '01']) WITH ORDINALITY AS u(p, n)
            """, logger: TestCluster.logger)
        let operations = TrainingOperations(database: database)
        let day = CalendarDate(parsing: "2026-10-08")!
        _ = try await operations.openConference(
            NewConference(
                code: "C1", title: "Hội nghị thử", region: "DNB-HN", hostProvince: nil, venue: "Hội trường",
                startsOn: day, endsOn: day, seatsPerBody: 2))
        _ = try await operations.addConferenceSession(
            conference: "C1", title: "Khai mạc", speaker: nil, day: day, from: ClockTime(hour: 8, minute: 0)!,
            to: ClockTime(hour: 9, minute: 0)!)
        _ = try await operations.registerForConference(conference: "C1", delegates: ["0101", "7901"])
        _ = try await operations.markConferenceAttendance(conference: "C1", session: 1, delegates: ["7901"])
    }
}
