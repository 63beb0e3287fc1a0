import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel

/// The rules a hand-made session must keep, checked inside the transaction that writes it: the class is
/// running, teaches the module, the day is in its window and not a holiday, the room is the venue's and
/// open, the lecturers teach the module and are free. Double bookings are left to the database's
/// exclusion constraints (see ``SessionPlanner/guardingConflicts(_:_:)``).
struct SessionPlanner {
    let connection: PostgresConnection
    let logger: Logger
    let place: ClassPlace

    /// The planner for class `classCode`, refused when the class no longer runs sessions.
    init(classCode: String, on connection: PostgresConnection, logger: Logger) async throws {
        self.connection = connection
        self.logger = logger
        place = try await ClassPlace.find(code: classCode, on: connection, logger: logger)
        if ["closed", "cancelled"].contains(place.status) {
            throw StoreError.sessionsCannotChange(classCode: place.code, status: place.status)
        }
    }

    private func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    /// The cohort named `code`, or the class's only cohort.
    func cohort(code: String?) async throws -> (id: Int, code: String) {
        var cohorts: [(id: Int, code: String)] = []
        for row in try await rows("SELECT id, code FROM cohorts WHERE class_id = \(place.id) ORDER BY code") {
            let (id, code) = try row.decode((Int, String).self)
            cohorts.append((id, code))
        }
        let names = cohorts.map(\.code).joined(separator: ", ")
        if let code {
            guard let cohort = cohorts.first(where: { $0.code == code }) else {
                throw StoreError(
                    .notFound,
                    names.isEmpty
                        ? "class \(place.code) has no cohort \(code); its cohorts: none"
                        : "class \(place.code) has no cohort \(code); its cohorts: \(names)")
            }
            return cohort
        }
        switch cohorts.count {
        case 1: return cohorts[0]
        case 0: throw StoreError(.refused, "class \(place.code) has no cohort yet; a session belongs to a cohort")
        default: throw StoreError(.refused, "class \(place.code) has cohorts \(names); say which with --cohort")
        }
    }

    /// Refuses a module the class does not teach (`class_module_list`).
    func checkModule(_ module: String) async throws {
        guard !(try await rows("SELECT 1 FROM modules WHERE code = \(module)")).isEmpty else {
            throw StoreError(.notFound, "no module has the code \(module)")
        }
        var taught: [String] = []
        for row in try await rows(
            "SELECT module_code FROM class_module_list WHERE class_id = \(place.id) ORDER BY position")
        {
            taught.append(try row.decode(String.self))
        }
        guard taught.contains(module) else {
            throw StoreError(
                .refused,
                "class \(place.code) does not teach module \(module); it teaches \(taught.joined(separator: ", "))")
        }
    }

    /// The session's slot on `date` in the venue's zone, refused outside the class's dates or on a holiday.
    func slot(date: CalendarDate, times: SessionTimes) async throws -> SessionSlot {
        guard date >= place.startsOn, date <= place.endsOn else {
            throw StoreError(
                .refused,
                "\(day: date) is outside the dates of class \(place.code) (\(day: place.startsOn) to \(day: place.endsOn))"
            )
        }
        let hours = times.hours(at: place.clock)
        let zone = place.clock.timeZone
        let instants = try await rows(
            """
            SELECT (\(date.description)::date + \(hours.start.description)::time) AT TIME ZONE \(zone),
                   (\(date.description)::date + \(hours.end.description)::time) AT TIME ZONE \(zone)
            """)[0].decode((Date, Date).self)
        let slot = SessionSlot(date: date, hours: hours, start: instants.0, end: instants.1)
        if let holiday = try await rows(
            """
            SELECT coalesce(reason, 'public holiday') FROM unavailability
            WHERE kind = 'holiday' AND during && tstzrange(\(slot.start), \(slot.end), '[)') LIMIT 1
            """
        ).first {
            throw StoreError(
                .refused, "\(day: date) is a public holiday (\(try holiday.decode(String.self))): no session that day")
        }
        return slot
    }

    /// The room `code` of the class's venue (none when `nil`), refused when it is closed during `slot`.
    func room(code: String?, during slot: SessionSlot) async throws -> (id: Int, name: String)? {
        guard let code else { return nil }
        guard let venueID = place.venueID else {
            throw StoreError(.refused, "class \(place.code) is online: it has no rooms; leave out --room")
        }
        let name = "\(place.clock.code)/\(code)"
        guard let row = try await rows("SELECT id FROM rooms WHERE venue_id = \(venueID) AND code = \(code)").first
        else {
            throw StoreError(
                .notFound, "venue \(place.clock.code) of class \(place.code) has no room \(code)")
        }
        let id = try row.decode(Int.self)
        if let closure = try await unavailability(of: .room, ids: [id], during: slot) {
            throw StoreError(.refused, "room \(name) is closed \(closure.period)")
        }
        return (id, name)
    }

    /// The lecturers with `codes`, refused unless each teaches `module`.
    func lecturers(codes: [String], teaching module: String) async throws -> [Int] {
        var ids: [Int] = []
        for code in codes {
            guard
                let row = try await rows(
                    """
                    SELECT l.id, l.full_name,
                           EXISTS (SELECT 1 FROM lecturer_modules m WHERE m.lecturer_id = l.id AND m.module_code = \(module))
                    FROM lecturers l WHERE l.code = \(code)
                    """
                ).first
            else { throw StoreError(.notFound, "no lecturer has the code \(code)") }
            let (id, name, teaches) = try row.decode((Int, String, Bool).self)
            guard teaches else {
                throw StoreError(.refused, "lecturer \(code) (\(name)) does not teach module \(module)")
            }
            ids.append(id)
        }
        return ids
    }

    /// Refuses when one of the lecturers has a period of unavailability during `slot`.
    func checkAvailable(lecturers ids: [Int], during slot: SessionSlot) async throws {
        guard let busy = try await unavailability(of: .lecturer, ids: ids, during: slot) else { return }
        let (code, name) = try await rows("SELECT code, full_name FROM lecturers WHERE id = \(busy.owner)")[0]
            .decode((String, String).self)
        throw StoreError(.refused, "lecturer \(code) (\(name)) is unavailable \(busy.period)")
    }

    /// Whose periods of unavailability a check reads.
    private enum Owner: String {
        case lecturer = "lecturer_id"
        case room = "room_id"
    }

    /// The first period of one of `ids` that overlaps `slot`: whose it is, and `from … to … (reason)` in the
    /// venue's local time.
    private func unavailability(of owner: Owner, ids: [Int], during slot: SessionSlot) async throws
        -> (owner: Int, period: Message)?
    {
        let zone = place.clock.timeZone
        guard
            let row = try await rows(
                """
                SELECT \(unescaped: owner.rawValue),
                       to_char(lower(during) AT TIME ZONE \(zone), 'YYYY-MM-DD HH24:MI'),
                       to_char(upper(during) AT TIME ZONE \(zone), 'YYYY-MM-DD HH24:MI'), reason
                FROM unavailability
                WHERE \(unescaped: owner.rawValue) = ANY(\(ids)) AND during && tstzrange(\(slot.start), \(slot.end), '[)')
                ORDER BY lower(during) LIMIT 1
                """
            ).first
        else { return nil }
        let (id, from, to, reason) = try row.decode((Int, String, String, String?).self)
        return (id, reason.map { "from \(day: from) to \(day: to) (\($0))" } ?? "from \(day: from) to \(day: to)")
    }
}
