import Foundation
import Logging
import PostgresInfrastructure
import PostgresNIO
import TrainingModel
import TrainingPlanner

/// Reads what planning some classes needs from the database, inside the planning transaction: the classes
/// (locked, so nobody else changes them meanwhile), their half-days, modules, cohorts, sessions, and every
/// lecturer and room they may use with what already keeps them busy.
///
/// The half-days of each class are written to the temporary table `plan_slots` (class, slot, during at the
/// venue's hours) so that busy periods are found by the server's range overlaps, and the plan is written back
/// with the exact times.
struct PlanningLoader {
    let connection: PostgresConnection
    let logger: Logger

    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    func load(classIDs: [Int], seating: ProspectiveSeating = ProspectiveSeating()) async throws -> PlanningWorld {
        let classes = try await lockClasses(classIDs)
        guard let first = classes.map(\.startsOn).min(), let last = classes.map(\.endsOn).max() else {
            throw StoreError(.refused, "no class to plan")
        }
        let ids = classes.map(\.id)
        try await writeSlots(classIDs: ids, horizonStart: first)
        let slots = PlanningProblem.slots(from: first, to: last)
        let modules = try await ModuleCatalog.load(classIDs: ids, loader: self)
        let sessions = try await ExistingSessions.load(classIDs: ids, loader: self)
        let cohorts = try await CohortCalendar.load(classIDs: ids, slots: slots, seating: seating, loader: self)
        let lecturers = try await LecturerCalendar.load(
            lecturerIDs: modules.lecturerIDs, movable: sessions.movableIDs, loader: self)
        let rooms = try await RoomCalendar.load(
            venueIDs: classes.compactMap(\.venueID), movable: sessions.movableIDs, loader: self)

        var planningClasses: [PlanningClass] = []
        var cohortIDs: [[Int]] = []
        var previousIDs: [[[Int]]] = []
        for loaded in classes {
            let classModules = modules.modulesOfClass[loaded.id] ?? []
            let moduleIndexes = classModules.map { modules.index[$0.code]! }
            var planningCohorts: [PlanningCohort] = []
            var ids: [Int] = []
            var previous: [[Int]] = []
            let classCohorts = cohorts.cohorts.filter { $0.classID == loaded.id }
            for cohort in classCohorts {
                let own = sessions.ofCohort[cohort.id] ?? []
                let fixed = own.filter { !$0.movable }
                let movable = own.filter(\.movable)
                let toPlace = classModules.map { module in
                    max(0, module.sessions - fixed.filter { $0.moduleCode == module.code }.count)
                }
                let size =
                    cohort.seated > 0
                    ? cohort.seated
                    : cohort.sizeHint ?? (loaded.capacity + classCohorts.count - 1) / max(1, classCohorts.count)
                planningCohorts.append(
                    PlanningCohort(
                        code: cohort.code, size: size, busy: cohorts.busy[cohort.id] ?? [:], sessionsToPlace: toPlace,
                        fixed: fixed.compactMap { session in
                            guard let slot = session.slot,
                                let module = classModules.firstIndex(where: { $0.code == session.moduleCode })
                            else { return nil }
                            return FixedSession(module: module, slot: slot)
                        },
                        previous: movable.compactMap { session in
                            guard let slot = session.slot,
                                let module = classModules.firstIndex(where: { $0.code == session.moduleCode })
                            else { return nil }
                            return PlannedSession(
                                module: module, slot: slot, room: session.roomID.flatMap { rooms.index[$0] },
                                lecturer: session.lecturerIDs.first.flatMap { lecturers.index[$0] } ?? -1)
                        }))
                ids.append(cohort.id)
                previous.append(
                    movable.filter { session in
                        session.slot != nil && classModules.contains { $0.code == session.moduleCode }
                    }.map(\.id))
            }
            let window = loaded.window(horizonStart: first)
            planningClasses.append(
                PlanningClass(
                    code: loaded.code, province: loaded.province, venue: loaded.venueCode,
                    rooms: rooms.ofVenue[loaded.venueID ?? -1] ?? [], window: window,
                    earliness: loaded.firstTime ? 1 : 0, modules: moduleIndexes, cohorts: planningCohorts))
            cohortIDs.append(ids)
            previousIDs.append(previous)
        }
        let problem = PlanningProblem(
            slots: slots, lecturers: lecturers.lecturers, rooms: rooms.rooms, modules: modules.modules,
            classes: planningClasses)
        return PlanningWorld(
            problem: problem, horizonStart: first, classIDs: ids, cohortIDs: cohortIDs, lecturerIDs: lecturers.ids,
            roomIDs: rooms.ids,
            previousSessionIDs: previousIDs)
    }

    /// The classes, locked for the rest of the transaction; refused when one no longer runs sessions.
    private func lockClasses(_ ids: [Int]) async throws -> [PlannedClassRow] {
        var classes: [PlannedClassRow] = []
        for row in try await rows(
            """
            SELECT c.id, c.code, c.status, c.starts_on::text, c.ends_on::text, c.capacity, c.venue_id, v.code,
                   v.province_code,
                   EXISTS (SELECT 1 FROM unnest(CASE WHEN cardinality(c.audience) > 0 THEN c.audience ELSE cu.audience END) t
                           WHERE t LIKE '%first-time%')
            FROM classes c JOIN curricula cu ON cu.code = c.curriculum_code LEFT JOIN venues v ON v.id = c.venue_id
            WHERE c.id = ANY(\(ids)) ORDER BY c.code FOR UPDATE OF c
            """)
        {
            let (id, code, status, starts, ends, capacity, venueID, venueCode, province, firstTime) = try row.decode(
                (Int, String, String, String, String, Int, Int?, String?, String?, Bool).self)
            if ["closed", "cancelled"].contains(status) {
                throw StoreError.sessionsCannotChange(classCode: code, status: status)
            }
            guard let startsOn = CalendarDate(parsing: starts), let endsOn = CalendarDate(parsing: ends) else {
                throw StoreError.unreadableDates(classCode: code, starts: starts, ends: ends)
            }
            classes.append(
                PlannedClassRow(
                    id: id, code: code, startsOn: startsOn, endsOn: endsOn, capacity: capacity, venueID: venueID,
                    venueCode: venueCode, province: province, firstTime: firstTime))
        }
        return classes
    }

    /// Each class's half-days at its venue's hours in its zone (Vietnam's usual hours for an online class), and
    /// `plan_spans`: per half-day, the span of every class's hours, for lecturers who may go to any of them.
    func writeSlots(classIDs: [Int], horizonStart: CalendarDate) async throws {
        let zone = Venue.defaultTimeZone
        let morning = Venue.defaultMorning
        let afternoon = Venue.defaultAfternoon
        _ = try await rows("DROP TABLE IF EXISTS pg_temp.plan_slots, pg_temp.plan_spans")
        _ = try await rows(
            """
            CREATE TEMP TABLE plan_slots ON COMMIT DROP AS
            SELECT c.id AS class_id, (d::date - \(horizonStart.description)::date) * 2 + h.half AS slot,
                   tstzrange(
                       (d::date + CASE h.half WHEN 0 THEN coalesce(v.morning_starts, \(morning.start.description)::time)
                                  ELSE coalesce(v.afternoon_starts, \(afternoon.start.description)::time) END)
                           AT TIME ZONE coalesce(v.time_zone, \(zone)),
                       (d::date + CASE h.half WHEN 0 THEN coalesce(v.morning_ends, \(morning.end.description)::time)
                                  ELSE coalesce(v.afternoon_ends, \(afternoon.end.description)::time) END)
                           AT TIME ZONE coalesce(v.time_zone, \(zone)), '[)') AS during
            FROM classes c LEFT JOIN venues v ON v.id = c.venue_id
            CROSS JOIN LATERAL generate_series(c.starts_on::timestamp, c.ends_on::timestamp, interval '1 day') AS d
            CROSS JOIN (VALUES (0), (1)) AS h(half)
            WHERE c.id = ANY(\(classIDs))
            """)
        _ = try await rows(
            """
            CREATE TEMP TABLE plan_spans ON COMMIT DROP AS
            SELECT slot, range_merge(range_agg(during)) AS during FROM plan_slots GROUP BY slot
            """)
        _ = try await rows("CREATE INDEX ON plan_slots (class_id, slot)")
    }
}

/// A class being planned, as read.
struct PlannedClassRow {
    var id: Int
    var code: String
    var startsOn: CalendarDate
    var endsOn: CalendarDate
    var capacity: Int
    var venueID: Int?
    var venueCode: String?
    var province: String?
    /// Its audience is first-time delegates: it should meet as early as it can.
    var firstTime: Bool

    func window(horizonStart: CalendarDate) -> ClosedRange<Int>? {
        let first = (startsOn.daysSinceEpoch - horizonStart.daysSinceEpoch) * 2
        let last = (endsOn.daysSinceEpoch - horizonStart.daysSinceEpoch) * 2 + 1
        return first <= last ? first...last : nil
    }
}
