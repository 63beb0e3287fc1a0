import Logging
import PostgresNIO
import TrainingPlanner

/// Writes a plan: sessions that stay are not touched, moved ones keep their id (so calendars update them, their
/// revision going up), new ones are inserted, and sessions the plan no longer needs are cancelled. The
/// double-booking constraints are deferred while the writes reshuffle, then checked before returning.
struct PlanningWriter {
    let connection: PostgresConnection
    let logger: Logger
    let world: PlanningWorld

    struct Changes {
        var created = 0
        var kept = 0
        var cancelled = 0
        var moved: [PlannedMove] = []
    }

    private struct NewSession {
        var classID: Int
        var cohortID: Int
        var moduleCode: String
        var session: PlannedSession
    }

    func write(_ result: PlanningResult) async throws -> Changes {
        var changes = Changes()
        var inserts: [NewSession] = []
        var updates: [(id: Int, classID: Int, session: PlannedSession, lecturerChanged: Bool)] = []
        var cancels: [Int] = []
        for classIndex in world.problem.classes.indices where result.explanations[classIndex] == nil {
            let trainingClass = world.problem.classes[classIndex]
            for (cohortIndex, cohort) in trainingClass.cohorts.enumerated() {
                let ids = world.previousSessionIDs[classIndex][cohortIndex]
                var previous = Array(zip(ids, cohort.previous))
                var fresh: [PlannedSession] = []
                for session in result.sessions[classIndex][cohortIndex] {
                    if let same = previous.firstIndex(where: { $0.1 == session }) {
                        previous.remove(at: same)
                        changes.kept += 1
                    } else {
                        fresh.append(session)
                    }
                }
                for session in fresh {
                    let moduleCode = world.moduleCode(classIndex: classIndex, module: session.module)
                    guard let reused = previous.firstIndex(where: { $0.1.module == session.module }) else {
                        inserts.append(
                            NewSession(
                                classID: world.classIDs[classIndex], cohortID: world.cohortIDs[classIndex][cohortIndex],
                                moduleCode: moduleCode, session: session))
                        continue
                    }
                    let (id, before) = previous.remove(at: reused)
                    updates.append((id, world.classIDs[classIndex], session, before.lecturer != session.lecturer))
                    changes.moved.append(
                        PlannedMove(
                            sessionID: id, classCode: trainingClass.code, cohortCode: cohort.code,
                            moduleCode: moduleCode, before: world.describe(before), after: world.describe(session)))
                }
                cancels += previous.map(\.0)
            }
        }
        _ = try await query(
            "SET CONSTRAINTS sessions_room_free, sessions_cohort_free, session_lecturers_free DEFERRED")
        try await update(updates)
        try await insert(inserts)
        if !cancels.isEmpty {
            _ = try await query(
                """
                UPDATE sessions SET status = 'cancelled', cancel_reason = 'no longer in the plan (ttbd schedule plan)'
                WHERE id = ANY(\(cancels))
                """)
        }
        _ = try await query(
            "SET CONSTRAINTS sessions_room_free, sessions_cohort_free, session_lecturers_free IMMEDIATE")
        changes.created = inserts.count
        changes.cancelled = cancels.count
        return changes
    }

    /// The room's id, 0 for none (postgres-nio binds no NULL inside an array; the SQL turns 0 back into NULL).
    private func roomID(_ session: PlannedSession) -> Int {
        session.room.map { world.roomIDs[$0] } ?? 0
    }

    private func query(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    /// Moves sessions to their new half-day and room (the revision trigger counts the change) and gives them
    /// their new lecturer, counting a change of lecturer alone as a revision too.
    private func update(_ updates: [(id: Int, classID: Int, session: PlannedSession, lecturerChanged: Bool)])
        async throws
    {
        guard !updates.isEmpty else { return }
        let ids = updates.map(\.id)
        let lecturers = updates.map { world.lecturerIDs[$0.session.lecturer] }
        _ = try await query(
            """
            UPDATE sessions s
            SET during = p.during, room_id = nullif(u.room_id, 0),
                revision = s.revision + CASE WHEN u.lecturer_changed THEN 1 ELSE 0 END
            FROM unnest(\(ids)::bigint[], \(updates.map(\.classID))::bigint[], \(updates.map(\.session.slot))::int[],
                        \(updates.map { roomID($0.session) })::bigint[],
                        \(updates.map(\.lecturerChanged))::bool[])
                 AS u(id, class_id, slot, room_id, lecturer_changed)
            JOIN plan_slots p ON p.class_id = u.class_id AND p.slot = u.slot
            WHERE s.id = u.id
            """)
        _ = try await query(
            """
            DELETE FROM session_lecturers sl USING unnest(\(ids)::bigint[], \(lecturers)::bigint[]) AS u(id, lecturer_id)
            WHERE sl.session_id = u.id AND sl.lecturer_id <> u.lecturer_id
            """)
        _ = try await query(
            """
            INSERT INTO session_lecturers (session_id, lecturer_id)
            SELECT * FROM unnest(\(ids)::bigint[], \(lecturers)::bigint[]) ON CONFLICT (session_id, lecturer_id) DO NOTHING
            """)
    }

    /// New sessions with ids taken from the sessions' own sequence first, so that their lecturers can be
    /// written in the same bulk without relying on the order rows come back in.
    private func insert(_ inserts: [NewSession]) async throws {
        guard !inserts.isEmpty else { return }
        var ids: [Int] = []
        for row in try await query(
            """
            SELECT nextval(pg_get_serial_sequence('sessions', 'id')) FROM generate_series(1, \(inserts.count))
            """)
        {
            ids.append(try row.decode(Int.self))
        }
        _ = try await query(
            """
            INSERT INTO sessions (id, class_id, cohort_id, module_code, room_id, during)
            OVERRIDING SYSTEM VALUE
            SELECT u.id, u.class_id, u.cohort_id, u.module_code, nullif(u.room_id, 0), p.during
            FROM unnest(\(ids)::bigint[], \(inserts.map(\.classID))::bigint[], \(inserts.map(\.cohortID))::bigint[],
                        \(inserts.map(\.moduleCode))::text[],
                        \(inserts.map { roomID($0.session) })::bigint[],
                        \(inserts.map(\.session.slot))::int[])
                 AS u(id, class_id, cohort_id, module_code, room_id, slot)
            JOIN plan_slots p ON p.class_id = u.class_id AND p.slot = u.slot
            """)
        _ = try await query(
            """
            INSERT INTO session_lecturers (session_id, lecturer_id)
            SELECT * FROM unnest(\(ids)::bigint[], \(inserts.map { world.lecturerIDs[$0.session.lecturer] })::bigint[])
            """)
    }
}
