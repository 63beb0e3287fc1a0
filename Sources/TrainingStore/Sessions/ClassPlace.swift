import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// What placing a session needs to know of its class: its dates, and the venue whose rooms and clock it
/// uses (Vietnam's zone and the usual hours for an online class).
struct ClassPlace {
    var id: Int
    var code: String
    var startsOn: CalendarDate
    var endsOn: CalendarDate
    var status: String
    var venueID: Int?
    /// The venue's clock: its zone and half-day hours.
    var clock: Venue

    /// The class with `code`, or a not-found error.
    static func find(code: String, on connection: PostgresConnection, logger: Logger) async throws -> ClassPlace {
        let rows = try await connection.query(
            """
            SELECT c.id, c.starts_on::text, c.ends_on::text, c.status, c.venue_id, v.code, v.name, v.time_zone,
                   to_char(v.morning_starts, 'HH24:MI'), to_char(v.morning_ends, 'HH24:MI'),
                   to_char(v.afternoon_starts, 'HH24:MI'), to_char(v.afternoon_ends, 'HH24:MI')
            FROM classes c LEFT JOIN venues v ON v.id = c.venue_id
            WHERE c.code = \(code)
            """, logger: logger
        ).collect()
        guard let row = rows.first else { throw StoreError(.notFound, "no class has the code \(code)") }
        let (id, starts, ends, status, venueID, venueCode, name, zone, ms, me, afternoonStart, afternoonEnd) =
            try row.decode(
                (Int, String, String, String, Int?, String?, String?, String?, String?, String?, String?, String?).self)
        guard let startsOn = CalendarDate(parsing: starts), let endsOn = CalendarDate(parsing: ends) else {
            throw StoreError.unreadableDates(classCode: code, starts: starts, ends: ends)
        }
        var clock = Venue(code: "online", name: "online", online: true)
        if let venueCode, let name, let zone, let ms, let me, let afternoonStart, let afternoonEnd {
            clock = Venue(
                code: venueCode, name: name, timeZone: zone, morning: try ResourceStore.hours(ms, me),
                afternoon: try ResourceStore.hours(afternoonStart, afternoonEnd))
        }
        return ClassPlace(
            id: id, code: code, startsOn: startsOn, endsOn: endsOn, status: status, venueID: venueID, clock: clock)
    }
}

extension StoreError {
    /// A class closed or cancelled, whose sessions stay as they are.
    static func sessionsCannotChange(classCode code: String, status: String) -> StoreError {
        StoreError(
            .refused,
            status == "closed"
                ? "class \(code) is closed; its sessions cannot change"
                : "class \(code) is cancelled; its sessions cannot change")
    }

    /// A class whose dates the database holds in a form ttbd cannot read: a bug.
    static func unreadableDates(classCode code: String, starts: String, ends: String) -> StoreError {
        StoreError(.inconsistentData, "class \(code) has dates \(starts)…\(ends) that do not read")
    }
}
