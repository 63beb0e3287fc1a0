import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingOperations
import TrainingStore

@Suite("Induction planning")
struct InductionPlanningTests {
    let number = EnrollmentFixture.number

    @Test("every first-time council delegate still to train gets exactly one scheduled class of their province")
    func placesEveryone() async throws {
        try await InductionWorld.with { database in
            let report = try await TrainingOperations(database: database).planInduction(InductionWorld.request())
            #expect(report.classes.map(\.code) == ["CTB-01-01", "CTB-01-02", "CTB-01-03", "CTB-79-01", "CTB-79-02"])
            #expect(report.classes.map(\.cohorts.count) == [2, 2, 2, 1, 1])
            #expect(report.classes.map(\.delegateCodes.count).reduce(0, +) == 99 + 57)
            #expect((report.firstTimeInAudience, report.alreadyTrained, report.alreadyInClass) == (166, 1, 1))
            #expect(report.leftOut.map(\.kind) == ["no-venue", "no-room"])
            #expect(report.leftOut.map(\.delegateCodes.count) == [5, 3])
            #expect(report.sessionsPlaced == 8 * 2)
            #expect(report.lecturerHalfDays.needed == 16)
            #expect(report.lecturerHalfDays.available == 2 * 2 * 22)

            // Checked in the database: the 156 placed delegates, each once, in a class of their province.
            #expect(
                try await number(
                    database,
                    """
                    SELECT count(*) FROM delegates d
                    JOIN enrollments e ON e.delegate_id = d.id AND e.status = 'enrolled'
                    JOIN classes c ON c.id = e.class_id AND c.code LIKE 'CTB-%'
                    JOIN venues v ON v.id = c.venue_id
                    WHERE c.curriculum_code = 'CT-B' AND v.province_code = d.province_code
                      AND e.cohort_id IS NOT NULL
                    """) == 156)
            #expect(
                try await number(
                    database,
                    """
                    SELECT count(*) FROM (
                        SELECT e.delegate_id FROM enrollments e JOIN classes c ON c.id = e.class_id
                        WHERE c.curriculum_code = 'CT-B' AND e.status IN ('enrolled', 'waitlisted')
                        GROUP BY 1 HAVING count(*) > 1) twice
                    """) == 0)
            // Nobody of the audience is missing but the eight left out.
            #expect(
                try await number(
                    database,
                    """
                    SELECT count(*) FROM delegates d JOIN bodies b ON b.id = d.body_id
                    WHERE d.first_time AND b.kind <> 'national_assembly'
                      AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.delegate_id = d.id
                                      AND e.status IN ('enrolled', 'completed'))
                    """) == 8)
            // Seats counted, cohorts within their room, each cohort taught B01 then B02.
            #expect(
                try await number(
                    database,
                    """
                    SELECT count(*) FROM classes c
                    WHERE c.code LIKE 'CTB-%' AND (c.enrolled_count <> (SELECT count(*) FROM enrollments e
                          WHERE e.class_id = c.id) OR c.enrolled_count > c.capacity)
                    """) == 0)
            #expect(
                try await number(
                    database,
                    """
                    SELECT count(*) FROM cohorts co JOIN classes c ON c.id = co.class_id AND c.code LIKE 'CTB-%'
                    WHERE (SELECT count(*) FROM enrollments e WHERE e.cohort_id = co.id)
                          > (SELECT max(r.capacity) FROM rooms r WHERE r.venue_id = c.venue_id)
                       OR (SELECT array_agg(s.module_code ORDER BY lower(s.during)) FROM sessions s
                           WHERE s.cohort_id = co.id) IS DISTINCT FROM ARRAY['B01', 'B02']::text[]
                    """) == 0)
            #expect(
                try await number(
                    database,
                    """
                    SELECT count(*) FROM sessions s JOIN classes c ON c.id = s.class_id
                    WHERE c.code LIKE 'CTB-%' AND (s.during && tstzrange('2026-06-01 00:00+07', '2026-07-01 00:00+07'))
                      AND EXISTS (SELECT 1 FROM session_lecturers l WHERE l.session_id = s.id)
                    """) == 16)
        }
    }

    @Test("a second run finds nobody new; a new delegate gets the next class number of their province")
    func secondRun() async throws {
        try await InductionWorld.with { database in
            _ = try await TrainingOperations(database: database).planInduction(InductionWorld.request())
            let again = try await TrainingOperations(database: database).planInduction(InductionWorld.request())
            #expect(again.classes.isEmpty)
            #expect((again.alreadyTrained, again.alreadyInClass) == (1, 1 + 156))
            #expect(again.leftOut.map(\.delegateCodes.count) == [5, 3])
            try await database.client.query(
                """
                INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code, first_time)
                SELECT 'NEW1', 'Đại biểu mới', 'mới', id, '79', '2026-2031', true
                FROM bodies WHERE kind = 'province_council' AND province_code = '79'
                """, logger: InductionWorld.logger)
            let third = try await TrainingOperations(database: database).planInduction(InductionWorld.request())
            #expect(third.classes.map(\.code) == ["CTB-79-03"])
            #expect(third.classes.map(\.delegateCodes) == [["NEW1"]])
        }
    }

    @Test("a dry run reports the same plan and writes nothing")
    func dryRun() async throws {
        try await InductionWorld.with { database in
            let before = try await EnrollmentFixture.digest(database)
            let report = try await TrainingOperations(database: database).planInduction(
                InductionWorld.request(dryRun: true))
            #expect(report.dryRun)
            #expect(report.classes.count == 5)
            #expect(report.sessionsPlaced == 16)
            #expect(try await EnrollmentFixture.digest(database) == before)
        }
    }

    @Test("classes the planner cannot schedule are not created, and their delegates are left out with its reason")
    func unschedulable() async throws {
        // One lecturer, one day: a cohort takes both half-days, so at most one one-cohort class fits.
        try await InductionWorld.with(lecturers: ["01"]) { database in
            let report = try await TrainingOperations(database: database).planInduction(
                InductionWorld.request(within: ("2026-06-01", "2026-06-01")))
            let dropped = report.leftOut.filter { $0.kind == "not-planned" }
            #expect(report.classes.count == 1)
            #expect(dropped.count == 4)
            #expect(dropped.allSatisfy { $0.reason.contains("cannot be scheduled in the window: ") })
            #expect(report.placed + report.leftOutCount == 164)
            let created = try await database.client.query(
                "SELECT code FROM classes WHERE code LIKE 'CTB-%' ORDER BY code", logger: InductionWorld.logger
            ).collect().map { try $0.decode(String.self) }
            #expect(created == report.classes.map(\.code))
            #expect(
                try await number(
                    database,
                    """
                    SELECT count(*) FROM sessions s JOIN classes c ON c.id = s.class_id
                    JOIN session_lecturers l ON l.session_id = s.id WHERE c.code LIKE 'CTB-%'
                    """) == report.classes[0].cohorts.count * 2)
            let left = dropped.flatMap(\.delegateCodes)
            #expect(
                try await number(
                    database,
                    """
                    SELECT count(*) FROM enrollments e JOIN delegates d ON d.id = e.delegate_id
                    WHERE d.code = ANY(\(left)::text[])
                    """) == 0)
        }
    }

    @Test("an unknown program or term, a program of another term, a window outside the term: refused, nothing written")
    func refusals() async throws {
        try await InductionWorld.with { database in
            try await database.client.query(
                "INSERT INTO terms (code, starts_on, ends_on) VALUES ('2031-2036', '2031-03-15', '2036-03-14')",
                logger: InductionWorld.logger)
            let before = try await EnrollmentFixture.digest(database)
            let cases: [(InductionRequest, String)] = [
                (InductionWorld.request(program: "CT-X"), "no program has the code CT-X"),
                (InductionWorld.request(term: "2000-2005"), "no term has the code 2000-2005"),
                (
                    InductionWorld.request(term: "2031-2036"),
                    "the program CT-B is for the term 2026-2031, not 2031-2036"
                ),
                (
                    InductionWorld.request(within: ("2031-03-01", "2031-04-30")),
                    "the window 2031-03-01 to 2031-04-30 is outside the term 2026-2031"
                ),
            ]
            for (request, message) in cases {
                let error = await #expect(throws: StoreError.self) {
                    try await TrainingOperations(database: database).planInduction(request)
                }
                #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
                #expect(error?.kind == .badData)
            }
            #expect(try await EnrollmentFixture.digest(database) == before)
        }
    }
}
