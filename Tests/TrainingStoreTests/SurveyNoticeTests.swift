import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel
import TrainingStore

/// The survey-notices job (migration 0041) as the service runs it, as the application role: who is told that a round
/// has opened, that each is told once however many runs write at once, and that a notice of a closed or vanished
/// round is dropped at delivery.
@Suite("Telling delegates that a survey round has opened")
struct SurveyNoticeTests {
    /// The world of ``SurveyAnsweringTests/world(_:_:)`` with K1 (three delegates of province 01, the third then
    /// withdrawn) and K2 (one), and two candidates: UV-1 seated in K1, UV-2 in no class.
    static func world(_ body: (TestDatabase, SurveyFixture, Database) async throws -> Void) async throws {
        try await SurveyAnsweringTests.world(["K1": ["01", "01", "01"], "K2": ["01"]]) { test, fixture, app in
            try await test.run { pool in
                for candidate in ["UV-1", "UV-2"] {
                    _ = try await pool.client.query(
                        """
                        INSERT INTO delegates (code, full_name, name_sort_key, body_id, province_code, term_code,
                                               first_time, standing)
                        SELECT \(candidate), 'Ứng cử viên ' || \(candidate), name_sort_key, body_id, province_code,
                               term_code, false, 'candidate'
                        FROM delegates WHERE code = 'K1-1'
                        """, logger: TestCluster.logger)
                }
                _ = try await pool.client.query(
                    """
                    INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
                    SELECT e.class_id, e.cohort_id, (SELECT id FROM delegates WHERE code = 'UV-1'), 'enrolled'
                    FROM enrollments e JOIN delegates d ON d.id = e.delegate_id WHERE d.code = 'K1-1'
                    """, logger: TestCluster.logger)
                _ = try await pool.client.query(
                    """
                    UPDATE enrollments SET status = 'withdrawn'
                    WHERE delegate_id = (SELECT id FROM delegates WHERE code = 'K1-3')
                    """, logger: TestCluster.logger)
            }
            try await body(test, fixture, app)
        }
    }

    /// The survey notices of the outbox of `kind` as "SURVEY CLASS MODULE delegate", sorted.
    static func notices(in database: Database, kind: NoticeKind = .surveyOpened) async throws -> [String] {
        try await database.client.query(
            """
            SELECT concat_ws(' ', o.payload ->> 'surveyCode', o.payload ->> 'classCode', o.payload ->> 'moduleCode',
                             d.code)
            FROM outbox o JOIN delegates d ON d.id = o.delegate_id
            WHERE o.kind = \(kind.rawValue) ORDER BY 1
            """, logger: TestCluster.logger
        ).collect().map { try $0.decode(String.self) }
    }

    /// How many rounds were noted as told (of `notice`), per delegate and round.
    static func told(in database: Database, _ notice: String = "opened") async throws -> Int {
        try await database.client.query(
            "SELECT count(*)::int FROM survey_round_notices WHERE notice = \(notice)", logger: TestCluster.logger
        ).collect().first!.decode(Int.self)
    }

    @Test("a class that ends tells its seated delegates and candidates of its surveys, not the withdrawn or others")
    func classEnds() async throws {
        try await Self.world { _, _, app in
            let before = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-05-04 11:00"))
            #expect(before?.rowsChanged == 4)
            #expect(try await Self.notices(in: app) == ["NC K1-1", "NC K1-2", "NC K1-3", "NC K2-1"])

            let evening = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-05-04 18:00"))
            #expect(evening?.rowsChanged == 9)
            let k1 = try await Self.notices(in: app).filter { !$0.hasPrefix("NC ") }
            #expect(
                k1 == [
                    "DG K1 K1-1", "DG K1 K1-2", "DG K1 UV-1", "DGM K1 B01 K1-1", "DGM K1 B01 K1-2", "DGM K1 B01 UV-1",
                    "DGM K1 B02 K1-1", "DGM K1 B02 K1-2", "DGM K1 B02 UV-1",
                ])
            #expect(try await Self.told(in: app) == 13)

            let payload = try await app.client.query(
                """
                SELECT payload::text FROM outbox o JOIN delegates d ON d.id = o.delegate_id
                WHERE o.kind = 'survey_opened' AND d.code = 'K1-1' AND o.payload ->> 'surveyCode' = 'DGM'
                  AND o.payload ->> 'moduleCode' = 'B02'
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
            let round = try JSONDecoder().decode(SurveyNews.self, from: Data(payload.utf8))
            #expect(
                round
                    == SurveyNews(
                        surveyCode: "DGM", surveyTitle: "Phiếu đánh giá chuyên đề", classCode: "K1",
                        curriculumTitle: "Bồi dưỡng đại biểu HĐND", moduleCode: "B02",
                        moduleTitle: "Chính quyền địa phương hai cấp",
                        closesOn: CalendarDate(year: 2026, month: 5, day: 11)!))
        }
    }

    @Test("a needs survey tells the term's delegates on its first day, not the day before, and never candidates")
    func needsSurveyOpens() async throws {
        try await Self.world { _, _, app in
            let dayBefore = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-03-31 23:59"))
            #expect(dayBefore?.rowsChanged == 0)
            let firstDay = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-04-01 00:00"))
            #expect(firstDay?.rowsChanged == 4)
            #expect(try await Self.notices(in: app) == ["NC K1-1", "NC K1-2", "NC K1-3", "NC K2-1"])
            // Nor may a candidate answer it: a needs survey asks the term's delegates.
            let answer = try await app.client.query(
                """
                SELECT answer_survey(id, 'NC', NULL, NULL, '{}'::jsonb, \(SurveyFixture.at("2026-04-02 09:00")))
                FROM delegates WHERE code = 'UV-2'
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
            #expect(answer == "not_yours")
        }
    }

    @Test("run again, or ten times at once past the job's lock, each delegate is still told of each round once")
    func once() async throws {
        try await Self.world { test, _, app in
            let now = SurveyFixture.at("2026-05-10 09:00")
            #expect(try await app.jobs.run(.surveyNotices, now: now)?.rowsChanged == 16)
            #expect(try await app.jobs.run(.surveyNotices, now: now.addingTimeInterval(3600))?.rowsChanged == 0)
            let first = try await Self.notices(in: app)
            #expect(first.count == 16 && Set(first).count == 16)

            // Forgotten, and written again by ten writers at once, each on its own connection and without the
            // job's advisory lock, so only the unique key can keep them apart. Each keeps its transaction open a
            // while after writing, so the others run while its rows are not yet committed (invisible to them).
            try await test.run { pool in
                for table in ["survey_round_notices", "outbox WHERE kind = 'survey_opened'"] {
                    _ = try await pool.client.query("DELETE FROM \(unescaped: table)", logger: TestCluster.logger)
                }
            }
            let written = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        try await app.transaction { connection in
                            let count = try await connection.query(
                                "SELECT write_survey_round_notices(\(now))", logger: TestCluster.logger
                            ).collect().first!.decode(Int.self)
                            _ = try await connection.query("SELECT pg_sleep(0.3)", logger: TestCluster.logger)
                            return count
                        }
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(written == 16)
            #expect(try await Self.notices(in: app) == first)
            #expect(try await Self.told(in: app) == 16)

            // And ten job runs at once: the lock lets one run, the others skip or find nothing new.
            let runs = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<10 {
                    group.addTask { try await app.jobs.run(.surveyNotices, now: now)?.rowsChanged ?? 0 }
                }
                return try await group.reduce(0, +)
            }
            #expect(runs == 0)
            #expect(try await Self.notices(in: app) == first)
        }
    }

    @Test("the record of who was told holds no more than that: answering changes nothing of it")
    func toldIsNotAnswered() async throws {
        try await Self.world { _, fixture, app in
            let now = SurveyFixture.at("2026-05-10 09:00")
            let answered = try await app.client.query(
                """
                SELECT answer_survey(\(fixture.delegates["K1-1"]!), 'DG', c.id, NULL,
                                     '{"noi-dung": 4, "thoi-luong": "vua", "hinh-thuc": ["giang"]}', \(now))
                FROM classes c WHERE c.code = 'K1'
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
            #expect(answered == "answered")
            #expect(try await app.jobs.run(.surveyNotices, now: now)?.rowsChanged == 16)
            #expect(
                try await Self.notices(in: app).filter { $0.hasPrefix("DG K1") } == [
                    "DG K1 K1-1", "DG K1 K1-2", "DG K1 UV-1",
                ])
            let columns = try await app.client.query(
                """
                SELECT string_agg(column_name, ' ' ORDER BY ordinal_position) FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name = 'survey_round_notices'
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
            #expect(columns == "survey_code class_id module_code delegate_id notice noticed_at")
        }
    }

    @Test("two days before a round's last day those told who have not answered are reminded, once")
    func reminders() async throws {
        try await Self.world { _, fixture, app in
            let opened = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-05-10 09:00"))
            #expect(opened?.rowsChanged == 16)
            let answered = try await app.client.query(
                """
                SELECT answer_survey(\(fixture.delegates["K1-1"]!), 'DG', c.id, NULL, '{"noi-dung": 4}',
                                     \(SurveyFixture.at("2026-05-12 09:00")))
                FROM classes c WHERE c.code = 'K1'
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
            #expect(answered == "answered")

            // 16 May: K1's class survey closes on the 18th; K2's on the 19th, the needs survey closed on the 15th.
            let k1 = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-05-16 09:00"))
            #expect(k1?.rowsChanged == 2)
            let again = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-05-16 10:00"))
            #expect(again?.rowsChanged == 0)
            let k2 = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-05-17 09:00"))
            #expect(k2?.rowsChanged == 1)
            #expect(
                try await Self.notices(in: app, kind: .surveyClosing) == ["DG K1 K1-2", "DG K1 UV-1", "DG K2 K2-1"])
            // The record of the reminder names the one who answered too: it says nothing of who did.
            #expect(try await Self.told(in: app, "closing") == 4)
        }
    }

    @Test(
        "at delivery a notice of a round that has closed, or whose class was cancelled, is dropped; a moved one says its new last day"
    )
    func closedDropped() async throws {
        try await Self.world { test, _, app in
            let written = try await app.jobs.run(.surveyNotices, now: SurveyFixture.at("2026-05-10 09:00"))
            #expect(written?.rowsChanged == 16)
            try await test.run { pool in
                _ = try await pool.client.query(
                    "UPDATE classes SET status = 'cancelled', cancellation_reason = 'thử' WHERE code = 'K2'",
                    logger: TestCluster.logger)
                // K1's B02 session two days later: its module survey now closes on the 13th, its class survey on
                // the 20th.
                _ = try await pool.client.query(
                    """
                    UPDATE sessions SET during = tstzrange(lower(during) + interval '2 days', upper(during) + interval '2 days', '[)')
                    WHERE module_code = 'B02' AND class_id = (SELECT id FROM classes WHERE code = 'K1')
                    """, logger: TestCluster.logger)
                // Due since before the day the test delivers on, which is before the real today.
                _ = try await pool.client.query(
                    "UPDATE outbox SET next_attempt_at = '2026-01-01'", logger: TestCluster.logger)
            }
            // 12 May: the B01 surveys closed on the 11th; K1's B02 survey runs to the 13th, its class survey to the
            // 20th, the needs one to the 15th.
            let now = SurveyFixture.at("2026-05-12 09:00")
            var sent: [String] = []
            var lastDays: Set<String> = []
            var dropped: [String: Set<String>] = [:]
            while let delivery = try await app.outbox.deliverNext(
                now: now, policy: RetryPolicy(), unit: { 0.5 },
                send: { notice in
                    if case .survey(let round) = notice.about {
                        sent.append(round.named)
                        lastDays.insert("\(round.named) \(round.moduleCode ?? "") \(round.closesOn)")
                    }
                    return .delivered
                })
            {
                if case .survey(let round) = delivery.notice.about, case .dropped(let reason) = delivery.end {
                    dropped[reason, default: []].insert(
                        [round.named, round.moduleCode].compactMap { $0 }.joined(separator: " "))
                }
            }
            #expect(
                dropped == [
                    "the survey closed before the notice could be sent": ["DGM K1 B01"],
                    "the survey round is gone: its class was cancelled": ["DG K2", "DGM K2 B01", "DGM K2 B02"],
                ])
            let delivered = try await app.client.query(
                """
                SELECT concat_ws(' ', payload ->> 'surveyCode', payload ->> 'classCode') FROM outbox
                WHERE kind = 'survey_opened' AND delivered_at IS NOT NULL ORDER BY 1
                """, logger: TestCluster.logger
            ).collect().map { try $0.decode(String.self) }
            #expect(
                delivered
                    == Array(repeating: "DG K1", count: 3) + Array(repeating: "DGM K1", count: 3)
                    + Array(repeating: "NC", count: 4))
            #expect(sent.sorted() == delivered)
            #expect(lastDays == ["DG K1  2026-05-20", "DGM K1 B02 2026-05-13", "NC  2026-05-15"])
        }
    }
}

extension SurveyNews {
    /// "DG K1", or "NC" for a round without a class.
    fileprivate var named: String { [surveyCode, classCode].compactMap { $0 }.joined(separator: " ") }
}
