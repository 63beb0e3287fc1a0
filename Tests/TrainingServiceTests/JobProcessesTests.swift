import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing
import TrainingStore

/// Two real `ttbd serve` processes on one database run the background jobs every second: each job's work
/// is done once (one reminder per delegate and session, one closing), whichever process takes each turn.
@Suite("Background jobs in two processes")
struct JobProcessesTests {
    @Test("two ttbd serve processes share the jobs: every reminder written once, the ended session closed once")
    func twoProcesses() async throws {
        try await TestDatabase.with { testDatabase in
            try await testDatabase.run { database in
                _ = try await ServiceWorld.make(database)
                let (upcoming, ended) = try await Self.sessionsAroundNow(in: database)
                let servers = [try Self.serve(testDatabase.url), try Self.serve(testDatabase.url)]
                defer { servers.forEach { if $0.isRunning { $0.terminate() } } }

                // Waits until each job has run in both processes, so both took turns at the same work.
                var runners = 0
                for _ in 0..<120 where runners < 2 {
                    try await Task.sleep(for: .milliseconds(500))
                    runners = try await Self.value(
                        "SELECT coalesce(min(n), 0)::int FROM (SELECT count(DISTINCT runner) AS n FROM job_runs GROUP BY job) r",
                        in: database)
                    #expect(servers.allSatisfy { $0.isRunning })
                }
                #expect(runners == 2)
                // Each job runs about once a second however the two processes' ticks fall (twice before).
                #expect(
                    try await Self.value(
                        """
                        SELECT max(runs - ceil(extract(epoch FROM span)) - 1)::int FROM (
                            SELECT count(*) AS runs, max(started_at) - min(started_at) AS span FROM job_runs GROUP BY job) r
                        """, in: database) <= 0)
                for server in servers {
                    server.terminate()
                    server.waitUntilExit()
                    #expect(server.terminationStatus == 0)
                }

                let seated = try await Self.value(
                    "SELECT count(*)::int FROM enrollment_sessions WHERE session_id = \(upcoming)", in: database)
                // 0101 (completed), 0102 and 0104 sit in cohort N1 of B-HN-01.
                #expect(seated == 3)
                #expect(
                    try await Self.value(
                        "SELECT count(*)::int FROM outbox WHERE session_id = \(upcoming) AND kind = 'session_reminder'",
                        in: database) == seated)
                // Moving the session to two hours from now (the set-up) wrote change notices; reminders are the jobs'.
                #expect(
                    try await Self.value(
                        "SELECT count(*)::int FROM outbox WHERE kind = 'session_reminder'", in: database)
                        == seated)
                #expect(
                    try await Self.value(
                        "SELECT sum(rows_changed)::int FROM job_runs WHERE job = 'session-reminders'", in: database)
                        == seated)
                #expect(
                    try await Self.value(
                        "SELECT sum(rows_changed)::int FROM job_runs WHERE job = 'close-attendance'", in: database) == 1
                )
                #expect(
                    try await Self.value(
                        "SELECT count(*)::int FROM sessions WHERE id = \(ended) AND status = 'held'", in: database)
                        == 1)
            }
        }
    }

    /// Moves B-HN-01's planned session to two hours from now (a reminder is due) and adds one that ended two
    /// days ago and is still planned (to be closed): the processes' own clocks decide.
    static func sessionsAroundNow(in database: Database) async throws -> (upcoming: Int, ended: Int) {
        let upcoming = try await value(
            """
            UPDATE sessions SET during = tstzrange(now() + interval '2 hours', now() + interval '5 hours', '[)')
            WHERE status = 'planned' RETURNING id::int
            """, in: database)
        let ended = try await value(
            """
            INSERT INTO sessions (class_id, cohort_id, module_code, room_id, during, status)
            SELECT class_id, cohort_id, 'B03', room_id,
                   tstzrange(now() - interval '2 days', now() - interval '2 days' + interval '3 hours', '[)'), 'planned'
            FROM sessions WHERE id = \(upcoming)
            RETURNING id::int
            """, in: database)
        return (upcoming, ended)
    }

    static func value(_ query: PostgresQuery, in database: Database) async throws -> Int {
        try await database.client.query(query, logger: TestCluster.logger).collect().first!.decode(Int.self)
    }

    /// `ttbd serve` on any free port with `arguments`, its log lines sent to `errors` (or discarded).
    static func serve(
        _ url: String, arguments: [String] = ["--jobs-every", "1s"], errors: Pipe? = nil
    ) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTool.path)
        process.arguments = ["serve", "--port", "0"] + arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TTBD_") }
        environment["DATABASE_URL"] = url
        environment["TTBD_MIGRATIONS"] = TestCluster.migrationsDirectory
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors ?? FileHandle.nullDevice
        try process.run()
        return process
    }
}
