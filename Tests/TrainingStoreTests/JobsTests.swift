import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingModel

@testable import TrainingStore

@Suite("Background jobs")
struct JobsTests {
    /// The day before S5 (2026-05-06 07:30, planned); S4 (held) and S6 (cancelled) start within a day too.
    static let dayBefore = AccountsFixture.vietnam("2026-05-05 12:00")

    @Test("two runners at once write each reminder once; a moved session reminds again")
    func remindersOnce() async throws {
        try await AccountsFixture.with { pool, fixture in
            async let first = pool.jobs.run(.sessionReminders, now: Self.dayBefore)
            async let second = pool.jobs.run(.sessionReminders, now: Self.dayBefore)
            let outcomes = try await [first, second].compactMap { $0 }
            #expect(outcomes.map(\.rowsChanged).reduce(0, +) == 3)
            #expect(outcomes.allSatisfy { $0.job == .sessionReminders && $0.asOf == Self.dayBefore })
            let seated = ["0101", "0102", "0104"].map { fixture.delegates[$0]! }.sorted()
            #expect(try await Self.reminders(in: pool) == seated.map { [$0, fixture.sessions[4], 0] })
            #expect(
                try await AccountsFixture.count(
                    "SELECT count(*)::int FROM job_runs WHERE job = 'session-reminders'", in: pool) == outcomes.count)

            #expect(try await pool.jobs.run(.sessionReminders, now: Self.dayBefore)?.rowsChanged == 0)
            try await pool.client.query(
                "UPDATE sessions SET during = tstzrange(lower(during) + interval '1 hour', upper(during) + interval '1 hour') WHERE id = \(fixture.sessions[4])",
                logger: TestCluster.logger)
            #expect(try await pool.jobs.run(.sessionReminders, now: Self.dayBefore)?.rowsChanged == 3)
            #expect(try await Self.reminders(in: pool).filter { $0[2] == 1 }.count == 3)
        }
    }

    @Test("a reminder carries what a message needs")
    func reminderPayload() async throws {
        try await AccountsFixture.with { pool, fixture in
            _ = try await pool.jobs.run(.sessionReminders, now: Self.dayBefore)
            let payload = try await pool.client.query(
                """
                SELECT payload->>'classCode', payload->>'moduleCode', payload->>'moduleTitle',
                       (payload->>'startsAt')::timestamptz, payload->>'timeZone', payload->>'roomName',
                       payload->>'venueName'
                FROM outbox WHERE delegate_id = \(fixture.delegates["0102"]!) AND kind = 'session_reminder'
                """, logger: TestCluster.logger
            ).collect().first!.decode((String, String, String, Date, String, String, String).self)
            #expect(payload.0 == "B-HN-01" && payload.1 == "B02" && payload.2 == "Kỹ năng chất vấn")
            #expect(payload.3 == AccountsFixture.vietnam("2026-05-06 07:30"))
            #expect(payload.4 == "Asia/Ho_Chi_Minh" && payload.5 == "Phòng 1" && payload.6 == "Hội trường Hà Nội")
        }
    }

    @Test("sessions that ended a grace period ago are closed once, like `ttbd attendance close`, by two runners")
    func closesOnce() async throws {
        try await AccountsFixture.with { pool, fixture in
            let s5 = fixture.sessions[4]
            // S5 ends at 11:30: still within the grace period at 20:00.
            #expect(
                try await pool.jobs.run(.closeAttendance, now: AccountsFixture.vietnam("2026-05-06 20:00"))?.rowsChanged
                    == 0
            )
            let midnight = AccountsFixture.vietnam("2026-05-07 00:00")
            async let first = pool.jobs.run(.closeAttendance, now: midnight)
            async let second = pool.jobs.run(.closeAttendance, now: midnight)
            let outcomes = try await [first, second].compactMap { $0 }
            #expect(outcomes.map(\.rowsChanged).reduce(0, +) == 1)
            let status = try await pool.client.query(
                "SELECT status FROM sessions WHERE id = \(s5)", logger: TestCluster.logger
            ).collect().first!.decode(String.self)
            #expect(status == "held")
            #expect(
                try await AccountsFixture.count(
                    "SELECT count(*)::int FROM attendance WHERE session_id = \(s5) AND status = 'absent'", in: pool)
                    == 3)
            #expect(
                try await AccountsFixture.count(
                    "SELECT coalesce(sum(rows_changed), 0)::int FROM job_runs WHERE job = 'close-attendance'", in: pool)
                    == 1)
        }
    }

    @Test(
        "forget-console-sessions deletes the console sessions that ended and uploads past their day, and keeps the others"
    )
    func forgetConsoleSessions() async throws {
        try await AccountsFixture.with { pool, _ in
            let now = AccountsFixture.vietnam("2026-05-07 00:00")
            for (key, lifetime) in [("ended", -60), ("live", 3_600)] {
                try await pool.client.query(
                    """
                    INSERT INTO console_sessions (key_hash, value, expires_at)
                    VALUES (sha256(\(key)::bytea), '{"accountID": 1}', \(now.addingTimeInterval(Double(lifetime))))
                    """, logger: TestCluster.logger)
            }
            let account = try await pool.accounts.addAccount(
                username: "ada", displayName: "Ada", role: .admin, delegateCode: nil, lecturerCode: nil)
            for (name, age) in [("old.csv", 25.0), ("new.csv", 1.0)] {
                let upload = ConsoleUpload(
                    id: UUID(), kind: "roster", fileName: name, sheet: nil, contents: Data("code\n".utf8))
                try await pool.consoleUploads.keep(upload, for: account, now: now.addingTimeInterval(-age * 3600))
            }
            #expect(try await pool.jobs.run(.forgetConsoleSessions, now: now)?.rowsChanged == 2)
            #expect(
                try await AccountsFixture.count(
                    "SELECT count(*)::int FROM console_sessions WHERE key_hash = sha256('live'::bytea)", in: pool) == 1)
            #expect(try await AccountsFixture.count("SELECT count(*)::int FROM console_sessions", in: pool) == 1)
            #expect(
                try await AccountsFixture.count(
                    "SELECT count(*)::int FROM console_uploads WHERE file_name = 'new.csv'", in: pool) == 1)
        }
    }

    @Test("while another process holds a job's lock, run returns nil and changes nothing")
    func lockHeld() async throws {
        try await AccountsFixture.with { pool, _ in
            let midnight = AccountsFixture.vietnam("2026-05-07 00:00")
            for job in BackgroundJob.allCases {
                let (first, second) = job.lockKeys
                let whileHeld = try await pool.transaction { connection in
                    try await connection.query(
                        "SELECT pg_advisory_xact_lock(\(first), \(second))", logger: TestCluster.logger)
                    return try await pool.jobs.run(job, now: job == .sessionReminders ? Self.dayBefore : midnight)
                }
                #expect(whileHeld == nil)
            }
            #expect(try await AccountsFixture.count("SELECT count(*)::int FROM job_runs", in: pool) == 0)
            #expect(
                try await AccountsFixture.count(
                    "SELECT count(*)::int FROM outbox WHERE kind = 'session_reminder'", in: pool) == 0)
            #expect(
                try await AccountsFixture.count("SELECT count(*)::int FROM sessions WHERE status = 'planned'", in: pool)
                    == 1)
            let after = try await pool.jobs.run(.closeAttendance, now: midnight)
            #expect(
                after?.rowsChanged == 1
                    && after?.runner.hasSuffix(":\(ProcessInfo.processInfo.processIdentifier)") == true)
        }
    }

    /// Every reminder as [delegate, session, revision], in that order.
    static func reminders(in pool: Database) async throws -> [[Int]] {
        try await pool.client.query(
            """
            SELECT delegate_id::int, session_id::int, session_revision FROM outbox
            WHERE kind = 'session_reminder' ORDER BY session_revision, delegate_id
            """, logger: TestCluster.logger
        ).collect().map {
            let row = try $0.decode((Int, Int, Int).self)
            return [row.0, row.1, row.2]
        }
    }
}
