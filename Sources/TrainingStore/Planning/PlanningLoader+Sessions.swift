import PostgresNIO

/// The sessions the planned classes already have (cancelled ones aside): held and pinned ones stay, planned
/// ones may move. Each is matched to the half-day of its class it overlaps.
struct ExistingSessions {
    struct Session {
        var id: Int
        var moduleCode: String
        var movable: Bool
        var roomID: Int?
        var lecturerIDs: [Int]
        var slot: Int?
    }

    var ofCohort: [Int: [Session]] = [:]
    var movableIDs: [Int] = []

    static func load(classIDs: [Int], loader: PlanningLoader) async throws -> ExistingSessions {
        var existing = ExistingSessions()
        for row in try await loader.rows(
            """
            SELECT s.id, s.cohort_id, s.module_code, s.status = 'planned' AND NOT s.pinned, s.room_id,
                   (SELECT min(p.slot) FROM plan_slots p WHERE p.class_id = s.class_id AND p.during && s.during),
                   coalesce((SELECT array_agg(sl.lecturer_id ORDER BY sl.lecturer_id)
                             FROM session_lecturers sl WHERE sl.session_id = s.id), '{}')
            FROM sessions s
            WHERE s.class_id = ANY(\(classIDs)) AND s.status <> 'cancelled'
            ORDER BY lower(s.during), s.id
            """)
        {
            let (id, cohort, module, movable, room, slot, lecturers) = try row.decode(
                (Int, Int, String, Bool, Int?, Int?, [Int]).self)
            existing.ofCohort[cohort, default: []].append(
                Session(id: id, moduleCode: module, movable: movable, roomID: room, lecturerIDs: lecturers, slot: slot))
            if movable { existing.movableIDs.append(id) }
        }
        return existing
    }
}
