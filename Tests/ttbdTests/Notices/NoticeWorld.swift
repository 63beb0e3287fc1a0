import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport

/// A database with notices to deliver: the shipped catalog, `count` delegates M0… with e-mail addresses (and
/// M-NONE without one), a class at HN with one session on 1 March 2027 at 07:30, and a reminder of it in the
/// outbox for each delegate, written as the reminder job writes them.
struct NoticeWorld {
    let database: TestDatabase
    let folder: TemporaryFolder

    func ttbd(
        _ arguments: [String], sink: SMTPSink? = nil, environment: [String: String] = [:], killAfter: Double? = nil
    ) async throws -> ChildProcess.Output {
        try await CommandLineTool.run(
            arguments,
            environment: ["DATABASE_URL": database.url].merging(sink?.environment ?? [:]) { $1 }
                .merging(environment) { $1 },
            killAfter: killAfter)
    }

    static func with(count: Int, _ body: (NoticeWorld) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            let world = NoticeWorld(database: database, folder: folder)
            let rows = (0..<count).map {
                "M\($0),Nguyễn Thị Thu \($0),commune_council,01,00004,2026-2031,x,m\($0)@dai-bieu.test"
            }
            let roster =
                "code,full_name,body,province_code,commune_code,term,first_time,email\n"
                + (rows + ["M-NONE,Lê Văn Không,commune_council,01,00004,2026-2031,x,"]).joined(separator: "\n") + "\n"
            try roster.write(toFile: "\(folder.path)/roster.csv", atomically: true, encoding: .utf8)
            try await world.setUp([
                ["catalog", "import", EnrollCommandWorld.catalog],
                ["delegates", "import", "\(folder.path)/roster.csv"],
                ["venues", "add", "--code", "HN", "--name", "Hội trường Hà Nội", "--province", "01"],
                ["rooms", "add", "--venue", "HN", "--code", "P1", "--name", "Phòng 1", "--capacity", "50"],
                [
                    "classes", "create", "--code", "B-HN-09", "--curriculum", "CT-B", "--capacity", "5000", "--venue",
                    "HN", "--from", "2027-03-01", "--to", "2027-03-31",
                ],
                [
                    "sessions", "add", "--class", "B-HN-09", "--module", "B01", "--date", "2027-03-01", "--slot",
                    "morning", "--room", "P1",
                ],
            ])
            try await world.addReminders(startingAt: "2027-03-01T00:30:00Z")
            try await body(world)
        }
    }

    /// A reminder of session 1 for every delegate, as if it started at `start` (ISO 8601), for the session's
    /// revision or, to write a second one, for `revision`.
    func addReminders(startingAt start: String, revision: Int? = nil) async throws {
        try await database.run { pool in
            _ = try await pool.client.query(
                """
                INSERT INTO outbox (kind, delegate_id, session_id, session_revision, payload)
                SELECT 'session_reminder', d.id, s.id, coalesce(\(revision), s.revision), jsonb_build_object(
                    'classCode', 'B-HN-09', 'cohortCode', 'N1', 'moduleCode', 'B01', 'moduleTitle', m.title,
                    'startsAt', \(start)::timestamptz, 'endsAt', \(start)::timestamptz + interval '4 hours',
                    'timeZone', 'Asia/Ho_Chi_Minh', 'roomName', 'Phòng 1', 'venueName', 'Hội trường Hà Nội',
                    'online', false)
                FROM delegates d, sessions s JOIN modules m ON m.code = s.module_code
                WHERE s.id = 1
                """, logger: TestCluster.logger)
        }
    }

    /// Runs the set-up `steps` with ttbd, each of which must succeed.
    func setUp(_ steps: [[String]]) async throws {
        for step in steps {
            let output = try await ttbd(step)
            guard output.status == 0 else { throw EnrollCommandWorld.SetupFailed(output: "\(step): \(output.text)") }
        }
    }

    /// How many notices the outbox holds of each kind.
    func kinds() async throws -> [String: Int] {
        try await database.run { pool in
            var kinds: [String: Int] = [:]
            for try await (kind, count) in try await pool.client.query(
                "SELECT kind, count(*)::int FROM outbox GROUP BY 1", logger: TestCluster.logger
            ).decode((String, Int).self) {
                kinds[kind] = count
            }
            return kinds
        }
    }

    /// How many notices stand in each state: "delivered 3, pending 1".
    func states() async throws -> [String: Int] {
        try await database.run { pool in
            var states: [String: Int] = [:]
            for try await (state, count) in try await pool.client.query(
                """
                SELECT CASE WHEN delivered_at IS NOT NULL THEN 'delivered' WHEN failed_at IS NOT NULL THEN 'failed'
                            WHEN dropped_at IS NOT NULL THEN 'dropped' ELSE 'pending' END, count(*)::int
                FROM outbox GROUP BY 1
                """, logger: TestCluster.logger
            ).decode((String, Int).self) {
                states[state] = count
            }
            return states
        }
    }

    /// Waits until no notice is pending (a deliverer running elsewhere), for at most a minute.
    func waitUntilSettled() async throws {
        for _ in 0..<120 {
            if try await states()["pending"] == nil { return }
            try await Task.sleep(for: .milliseconds(500))
        }
    }

    /// Makes every pending notice due now, as time passing would.
    func makeDue() async throws {
        try await database.run { pool in
            _ = try await pool.client.query("UPDATE outbox SET next_attempt_at = now()", logger: TestCluster.logger)
        }
    }
}
