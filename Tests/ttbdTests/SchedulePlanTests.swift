import Foundation
import PostgresNIO
import TestSupport
import Testing

/// `ttbd schedule plan` on a real database: every hard rule checked by SQL afterwards, re-planning after a
/// lecturer's leave, and an impossible class explained.
@Suite struct SchedulePlanTests {
    /// Each query counts the rows that break one rule; all must be zero.
    static let hardRules: [(rule: String, query: PostgresQuery)] = [
        (
            "room or cohort double-booked",
            """
            SELECT count(*)::text FROM sessions a JOIN sessions b ON a.id < b.id AND a.during && b.during
                AND (a.room_id = b.room_id OR a.cohort_id = b.cohort_id)
            WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
            """
        ),
        (
            "lecturer double-booked",
            """
            SELECT count(*)::text FROM session_lecturers a JOIN session_lecturers b
                ON a.session_id < b.session_id AND a.lecturer_id = b.lecturer_id AND a.during && b.during
            WHERE a.active AND b.active
            """
        ),
        (
            "room too small for its cohort (staff may pin a session anywhere)",
            """
            SELECT count(*)::text FROM sessions s JOIN rooms r ON r.id = s.room_id JOIN cohorts co ON co.id = s.cohort_id
            WHERE r.capacity < co.size_hint AND NOT s.pinned
            """
        ),
        (
            "room of another venue",
            """
            SELECT count(*)::text FROM sessions s JOIN rooms r ON r.id = s.room_id JOIN classes c ON c.id = s.class_id
            WHERE r.venue_id <> c.venue_id
            """
        ),
        (
            "session on a holiday, or on a sitting of Hà Nội's council in Hà Nội",
            """
            SELECT count(*)::text FROM sessions s JOIN classes c ON c.id = s.class_id JOIN venues v ON v.id = c.venue_id
            JOIN unavailability u ON u.during && s.during
            WHERE u.kind = 'holiday' OR (u.kind = 'sitting' AND v.province_code = '01')
            """
        ),
        (
            "session on a weekend",
            """
            SELECT count(*)::text FROM sessions
            WHERE extract(isodow FROM lower(during) AT TIME ZONE 'Asia/Ho_Chi_Minh') >= 6
            """
        ),
        (
            "session outside the venue's half-day hours",
            """
            SELECT count(*)::text FROM sessions s JOIN classes c ON c.id = s.class_id JOIN venues v ON v.id = c.venue_id
            WHERE ((lower(s.during) AT TIME ZONE v.time_zone)::time, (upper(s.during) AT TIME ZONE v.time_zone)::time)
                NOT IN ((v.morning_starts, v.morning_ends), (v.afternoon_starts, v.afternoon_ends))
            """
        ),
        (
            "session outside its class's dates",
            """
            SELECT count(*)::text FROM sessions s JOIN classes c ON c.id = s.class_id
            WHERE (lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date NOT BETWEEN c.starts_on AND c.ends_on
            """
        ),
        (
            "module before one of its prerequisites in a cohort",
            """
            SELECT count(*)::text FROM sessions s
            JOIN module_prerequisites mp ON mp.module_code = s.module_code
            JOIN sessions p ON p.cohort_id = s.cohort_id AND p.module_code = mp.prerequisite_code
            WHERE lower(s.during) < upper(p.during) AND s.status <> 'cancelled' AND p.status <> 'cancelled'
            """
        ),
        (
            "lecturer in two provinces on one day",
            """
            SELECT count(*)::text FROM (
                SELECT sl.lecturer_id FROM session_lecturers sl JOIN sessions s ON s.id = sl.session_id
                JOIN classes c ON c.id = s.class_id JOIN venues v ON v.id = c.venue_id
                WHERE sl.active
                GROUP BY sl.lecturer_id, (lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                HAVING count(DISTINCT v.province_code) > 1) x
            """
        ),
        (
            "lecturer who does not teach the module, or on leave",
            """
            SELECT count(*)::text FROM session_lecturers sl JOIN sessions s ON s.id = sl.session_id
            WHERE NOT EXISTS (SELECT 1 FROM lecturer_modules lm
                              WHERE lm.lecturer_id = sl.lecturer_id AND lm.module_code = s.module_code)
               OR EXISTS (SELECT 1 FROM unavailability u WHERE u.lecturer_id = sl.lecturer_id AND u.during && s.during)
            """
        ),
        (
            "cohort without exactly its module's half-days",
            """
            SELECT count(*)::text FROM cohorts co JOIN classes c ON c.id = co.class_id
            JOIN class_module_list ml ON ml.class_id = c.id
            WHERE ml.half_day_sessions <> (SELECT count(*) FROM sessions s WHERE s.cohort_id = co.id
                                           AND s.module_code = ml.module_code AND s.status <> 'cancelled')
              AND EXISTS (SELECT 1 FROM sessions s WHERE s.class_id = c.id)
            """
        ),
    ]

    static func checkHardRules(_ world: SchedulePlanWorld) async throws {
        for (rule, query) in hardRules {
            #expect(try await world.column(query) == ["0"], "\(rule)")
        }
    }

    @Test func plansClassesSharingLecturersAndRoomsAndKeepsEveryRule() async throws {
        try await SchedulePlanWorld.with { world in
            // A pinned session stays where staff put it, and counts as N1's B01.
            let pinned = try await world.ttbd(
                "sessions", "add", "--class", "B-HN-01", "--cohort", "N1", "--module", "B01", "--date", "2026-04-28",
                "--slot", "morning", "--room", "P3", "--lecturer", "GV1")
            #expect(pinned.status == 0, "\(pinned.standardError)")
            let before = try await world.column("SELECT id || ' ' || lower(during)::text FROM sessions")
            let plan = try await world.ttbd("schedule", "plan", "B-HN-01", "B-HN-02", "B-HP-01", "--seed", "5")
            #expect(plan.status == 0, "\(plan.standardError)")
            #expect(
                plan.standardOutput.contains(
                    "Planned 3 classes (B-HN-01, B-HN-02, B-HP-01): 19 sessions placed — 19 new"))
            try await Self.checkHardRules(world)
            #expect(try await world.column("SELECT count(*)::text FROM sessions WHERE status = 'planned'") == ["20"])
            let pinnedNow = try await world.column(
                "SELECT id || ' ' || lower(during)::text FROM sessions WHERE pinned")
            #expect(pinnedNow == before)
            // P3 (20 seats) holds no cohort of 40 but the pinned session.
            #expect(
                try await world.column(
                    "SELECT count(*)::text FROM sessions s JOIN rooms r ON r.id = s.room_id WHERE r.code = 'P3'") == [
                        "1"
                    ])
        }
    }

    @Test func replanningAfterLeaveMovesOnlyTheSessionsThatMust() async throws {
        try await SchedulePlanWorld.with { world in
            #expect(try await world.ttbd("schedule", "plan", "B-HN-01", "B-HN-02", "B-HP-01").status == 0)
            // GV1's last session of a module nothing depends on (B03) in Hà Nội: on leave that half-day.
            let target = try #require(
                try await world.column(
                    """
                    SELECT s.id || ' ' || to_char(lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI')
                        || ' ' || to_char(upper(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI')
                    FROM sessions s JOIN session_lecturers sl ON sl.session_id = s.id
                    JOIN lecturers l ON l.id = sl.lecturer_id JOIN classes c ON c.id = s.class_id
                    WHERE l.code = 'GV1' AND s.module_code = 'B03' AND c.code = 'B-HN-01'
                    ORDER BY lower(s.during) DESC LIMIT 1
                    """
                ).first?.split(separator: " ").map(String.init))
            let snapshot = try await world.column(
                "SELECT id || ' ' || lower(during)::text || ' ' || revision FROM sessions ORDER BY id")
            let leave = try await world.ttbd(
                "lecturers", "unavailable", "GV1", "--from", "\(target[1]) \(target[2])", "--to",
                "\(target[3]) \(target[4])", "--reason", "công tác")
            #expect(leave.status == 0, "\(leave.standardError)")
            let replan = try await world.ttbd("schedule", "plan", "--replan", "B-HN-01", "B-HN-02", "B-HP-01")
            #expect(replan.status == 0, "\(replan.standardError)")
            #expect(replan.standardOutput.contains("1 moved"), "\(replan.standardOutput)")
            #expect(replan.standardOutput.contains("\(target[0])"))
            let after = try await world.column(
                "SELECT id || ' ' || lower(during)::text || ' ' || revision FROM sessions ORDER BY id")
            let changed = zip(snapshot, after).filter { $0 != $1 }.map { $0.1.split(separator: " ")[0] }
            #expect(changed == [Substring(target[0])])
            try await Self.checkHardRules(world)
        }
    }

    @Test func explainsTheLecturerWhoIsTheBottleneck() async throws {
        try await SchedulePlanWorld.with { world in
            // GV3, the only lecturer of B04, is free one half-day of the window: Friday 2026-05-08 morning.
            for (from, to) in [("2026-04-27 00:00", "2026-05-08 00:00"), ("2026-05-08 12:00", "2026-05-09 00:00")] {
                let leave = try await world.ttbd(
                    "lecturers", "unavailable", "GV3", "--from", from, "--to", to, "--reason", "nghỉ phép")
                #expect(leave.status == 0, "\(leave.standardError)")
            }
            let before = try await world.digest()
            let plan = try await world.ttbd("schedule", "plan", "B-HN-01")
            #expect(plan.status == 65)
            #expect(
                plan.standardError.contains(
                    "class B-HN-01 cannot be planned: module B04 needs lecturer Phạm Minh Châu (GV3), who has"
                        + " 1 half-day free"),
                "\(plan.standardError)")
            #expect(plan.standardError.contains("and is needed for 2"), "\(plan.standardError)")
            #expect(plan.standardError.contains("Nothing was written."))
            // Nothing planned reads as done: no "Planned 1 class" and no table of costs on the way out.
            #expect(plan.standardOutput.isEmpty, "\(plan.standardOutput)")
            #expect(try await world.digest() == before)
        }
    }

    @Test func dryRunWritesNothing() async throws {
        try await SchedulePlanWorld.with { world in
            let before = try await world.digest()
            let plan = try await world.ttbd("schedule", "plan", "B-HP-01", "--dry-run", "--format", "json")
            #expect(plan.status == 0, "\(plan.standardError)")
            let report = try JSONSerialization.jsonObject(with: Data(plan.standardOutput.utf8)) as? [String: Any]
            #expect(report?["sessionsPlaced"] as? Int == 5)
            #expect(report?["written"] as? Bool == false)
            let text = try await world.ttbd("schedule", "plan", "B-HP-01", "--dry-run")
            #expect(text.standardOutput.contains("Dry run: nothing was written."), "\(text.standardOutput)")
            #expect(try await world.digest() == before)
        }
    }

    @Test func badCommandLinesAndUnknownClasses() async throws {
        try await SchedulePlanWorld.with { world in
            let before = try await world.digest()
            #expect(try await world.ttbd("schedule", "plan").status == 64)
            #expect(try await world.ttbd("schedule", "plan", "B-HN-01", "--time-limit", "soon").status == 64)
            let unknown = try await world.ttbd("schedule", "plan", "B-HN-01", "B-XX-99")
            #expect(unknown.status == 65)
            #expect(unknown.standardError.contains("no class has the code B-XX-99"))
            #expect(try await world.digest() == before)
        }
    }
}
