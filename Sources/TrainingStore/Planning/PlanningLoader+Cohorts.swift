import PostgresNIO
import TrainingModel
import TrainingPlanner

/// The planned classes' cohorts, their sizes, and the half-days they cannot meet: weekends, public holidays,
/// and the sittings (kỳ họp) of their delegates' bodies — of the bodies the class is for while nobody is seated.
struct CohortCalendar {
    struct Cohort {
        var id: Int
        var classID: Int
        var code: String
        var sizeHint: Int?
        var seated: Int
    }

    var cohorts: [Cohort] = []
    var busy: [Int: [Int: Message]] = [:]

    static func load(
        classIDs: [Int], slots: [PlanningSlot], seating: ProspectiveSeating, loader: PlanningLoader
    ) async throws -> CohortCalendar {
        var calendar = CohortCalendar()
        for row in try await loader.rows(
            """
            SELECT co.id, co.class_id, co.code, co.size_hint, count(e.id)::int
            FROM cohorts co
            LEFT JOIN enrollments e ON e.class_id = co.class_id AND e.cohort_id = co.id
                AND e.status IN ('enrolled', 'completed')
            WHERE co.class_id = ANY(\(classIDs))
            GROUP BY co.id ORDER BY co.class_id, co.code
            """)
        {
            let (id, classID, code, hint, seated) = try row.decode((Int, Int, String, Int?, Int).self)
            calendar.cohorts.append(Cohort(id: id, classID: classID, code: code, sizeHint: hint, seated: seated))
        }
        let prospective = Dictionary(seating.cohortIDs.map { ($0, 1) }, uniquingKeysWith: +)
        for index in calendar.cohorts.indices {
            calendar.cohorts[index].seated += prospective[calendar.cohorts[index].id] ?? 0
        }
        let weekend = slots.indices.filter { slots[$0].date.isoWeekday >= 6 }
        let weekendReason: Message = "weekend"
        for cohort in calendar.cohorts {
            for slot in weekend { calendar.busy[cohort.id, default: [:]][slot] = weekendReason }
        }
        let cohortsOfClass = Dictionary(grouping: calendar.cohorts, by: \.classID)
        for row in try await loader.rows(
            """
            SELECT p.class_id, p.slot, min(coalesce(u.reason, 'public holiday'))
            FROM plan_slots p JOIN unavailability u ON u.kind = 'holiday' AND u.during && p.during
            GROUP BY p.class_id, p.slot
            """)
        {
            let (classID, slot, reason) = try row.decode((Int, Int, String).self)
            for cohort in cohortsOfClass[classID] ?? [] {
                calendar.busy[cohort.id, default: [:]][slot] = "public holiday (\(reason))"
            }
        }
        for row in try await loader.rows(sittings(cohortIDs: calendar.cohorts.map(\.id), seating: seating)) {
            let (cohort, slot, reason) = try row.decode((Int, Int, String).self)
            calendar.busy[cohort, default: [:]][slot] = "sitting (\(reason))"
        }
        return calendar
    }

    /// The half-days each cohort's bodies sit. A body is the cohort's when one of its seated delegates (or one
    /// about to be, in `seating`) belongs to it; while nobody is, the bodies of the class's audience in the venue's
    /// province (and the National Assembly for deputies' classes).
    private static func sittings(cohortIDs: [Int], seating: ProspectiveSeating) -> PostgresQuery {
        """
        WITH seated AS (
            SELECT DISTINCT s.cohort_id, d.body_id
            FROM (SELECT e.cohort_id, e.delegate_id FROM enrollments e
                  WHERE e.cohort_id = ANY(\(cohortIDs)) AND e.status IN ('enrolled', 'completed')
                  UNION ALL
                  SELECT * FROM unnest(\(seating.cohortIDs)::int8[], \(seating.delegateIDs)::int8[])) s
            JOIN delegates d ON d.id = s.delegate_id
        ), expected AS (
            SELECT co.id AS cohort_id, b.id AS body_id
            FROM cohorts co
            JOIN classes c ON c.id = co.class_id
            JOIN curricula cu ON cu.code = c.curriculum_code
            LEFT JOIN venues v ON v.id = c.venue_id
            CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.audience) > 0 THEN c.audience ELSE cu.audience END) t
            JOIN bodies b ON (b.kind = 'national_assembly' AND t LIKE '%national_assembly%')
                OR (b.province_code = v.province_code AND b.kind = 'province_council'
                    AND t ~ '(province_council|(^|\\+)council)')
                OR (b.kind = 'commune_council' AND t ~ '(commune_council|(^|\\+)council)'
                    AND EXISTS (SELECT 1 FROM communes cm
                                WHERE cm.code = b.commune_code AND cm.province_code = v.province_code))
            WHERE co.id = ANY(\(cohortIDs)) AND co.id NOT IN (SELECT cohort_id FROM seated)
        ), cohort_bodies AS (
            SELECT * FROM seated UNION SELECT * FROM expected
        )
        SELECT cb.cohort_id, p.slot, min(coalesce(u.reason, 'kỳ họp'))
        FROM cohort_bodies cb
        JOIN cohorts co ON co.id = cb.cohort_id
        JOIN plan_slots p ON p.class_id = co.class_id
        JOIN unavailability u ON u.kind = 'sitting' AND u.body_id = cb.body_id AND u.during && p.during
        GROUP BY cb.cohort_id, p.slot
        """
    }
}
