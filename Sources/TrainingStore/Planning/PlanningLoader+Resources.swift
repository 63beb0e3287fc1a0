import PostgresNIO
import TrainingModel
import TrainingPlanner

/// The lecturers who teach the planned modules, and the half-days they are busy: leave, and sessions the plan
/// does not move (with the province each of those days takes them to).
struct LecturerCalendar {
    var lecturers: [PlanningLecturer] = []
    var ids: [Int] = []
    var index: [Int: Int] = [:]

    static func load(lecturerIDs: [Int], movable: [Int], loader: PlanningLoader) async throws -> LecturerCalendar {
        var calendar = LecturerCalendar()
        calendar.ids = lecturerIDs
        for (position, id) in lecturerIDs.enumerated() { calendar.index[id] = position }
        var found: [Int: PlanningLecturer] = [:]
        for row in try await loader.rows(
            "SELECT id, code, full_name, home_province FROM lecturers WHERE id = ANY(\(lecturerIDs))")
        {
            let (id, code, name, home) = try row.decode((Int, String, String, String?).self)
            found[id] = PlanningLecturer(code: code, name: name, homeProvince: home)
        }
        calendar.lecturers = lecturerIDs.map { found[$0]! }
        for row in try await loader.rows(
            """
            SELECT u.lecturer_id, p.slot, min(coalesce(u.reason, u.kind))
            FROM plan_spans p JOIN unavailability u ON u.lecturer_id = ANY(\(lecturerIDs)) AND u.during && p.during
            GROUP BY u.lecturer_id, p.slot
            """)
        {
            let (lecturer, slot, reason) = try row.decode((Int, Int, String).self)
            calendar.lecturers[calendar.index[lecturer]!].busy[slot] = "unavailable (\(reason))"
        }
        for row in try await loader.rows(
            """
            SELECT sl.lecturer_id, p.slot, s.id, c.code, v.province_code
            FROM plan_spans p
            JOIN session_lecturers sl ON sl.active AND sl.lecturer_id = ANY(\(lecturerIDs)) AND sl.during && p.during
            JOIN sessions s ON s.id = sl.session_id
            JOIN classes c ON c.id = s.class_id LEFT JOIN venues v ON v.id = c.venue_id
            WHERE s.id <> ALL(\(movable))
            """)
        {
            let (lecturer, slot, session, classCode, province) = try row.decode((Int, Int, Int, String, String?).self)
            let position = calendar.index[lecturer]!
            calendar.lecturers[position].busy[slot] = "teaching session \(session) of class \(classCode)"
            if let province { calendar.lecturers[position].provinceByDay[slot / 2] = province }
        }
        return calendar
    }
}

/// The rooms of the planned classes' venues, and the half-days they are closed or taken by sessions the plan
/// does not move.
struct RoomCalendar {
    var rooms: [PlanningRoom] = []
    var ids: [Int] = []
    var index: [Int: Int] = [:]
    var ofVenue: [Int: [Int]] = [:]

    static func load(venueIDs: [Int], movable: [Int], loader: PlanningLoader) async throws -> RoomCalendar {
        var calendar = RoomCalendar()
        for row in try await loader.rows(
            """
            SELECT r.id, r.venue_id, v.code || '/' || r.code, r.capacity
            FROM rooms r JOIN venues v ON v.id = r.venue_id
            WHERE r.venue_id = ANY(\(venueIDs)) ORDER BY v.code, r.code
            """)
        {
            let (id, venue, name, capacity) = try row.decode((Int, Int, String, Int).self)
            calendar.index[id] = calendar.rooms.count
            calendar.ofVenue[venue, default: []].append(calendar.rooms.count)
            calendar.ids.append(id)
            calendar.rooms.append(PlanningRoom(name: name, capacity: capacity))
        }
        for row in try await loader.rows(
            """
            SELECT u.room_id, p.slot, min(coalesce(u.reason, 'closure'))
            FROM plan_spans p JOIN unavailability u ON u.room_id = ANY(\(calendar.ids)) AND u.during && p.during
            GROUP BY u.room_id, p.slot
            """)
        {
            let (room, slot, reason) = try row.decode((Int, Int, String).self)
            calendar.rooms[calendar.index[room]!].busy[slot] = "closed (\(reason))"
        }
        for row in try await loader.rows(
            """
            SELECT s.room_id, p.slot, s.id, c.code
            FROM plan_spans p
            JOIN sessions s ON s.room_id = ANY(\(calendar.ids)) AND s.status <> 'cancelled' AND s.during && p.during
            JOIN classes c ON c.id = s.class_id
            WHERE s.id <> ALL(\(movable))
            """)
        {
            let (room, slot, session, classCode) = try row.decode((Int, Int, Int, String).self)
            calendar.rooms[calendar.index[room]!].busy[slot] = "session \(session) of class \(classCode)"
        }
        return calendar
    }
}
