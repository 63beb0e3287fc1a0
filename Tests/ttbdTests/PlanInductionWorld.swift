import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingStore

/// A term as staff would set it up: the shipped catalog (CT-B of eight modules for first-time council delegates,
/// the 2026 holidays and sittings) and a generated national roster imported with ttbd, then straight in SQL a
/// venue with a 60-seat room in every province but Lai Châu (12), and six lecturers teaching every CT-B module.
struct PlanInductionWorld {
    let database: TestDatabase
    let folder: TemporaryFolder

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func ttbd(_ arguments: String...) async throws -> ChildProcess.Output {
        try await ttbd(arguments)
    }

    func ttbd(_ arguments: [String]) async throws -> ChildProcess.Output {
        try await CommandLineTool.run(arguments, environment: ["DATABASE_URL": database.url])
    }

    func number(_ query: PostgresQuery) async throws -> Int {
        try await database.run { pool in
            try await pool.client.query(query, logger: TestCluster.logger).collect().first!.decode(Int.self)
        }
    }

    /// How many classes, cohorts, enrollments, sessions and audit rows there are (every write of planning is
    /// audited or counted here), to show that a refusal or a dry run changed nothing.
    func digest() async throws -> String {
        try await database.run { pool in
            try await pool.client.query(
                """
                SELECT concat_ws('/', (SELECT count(*) FROM classes), (SELECT count(*) FROM cohorts),
                                 (SELECT count(*) FROM enrollments), (SELECT count(*) FROM sessions),
                                 (SELECT count(*) FROM audit_log))
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
        }
    }

    static func with(_ body: (PlanInductionWorld) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            let world = PlanInductionWorld(database: database, folder: folder)
            let roster = "\(folder.path)/roster.csv"
            let generated = try ChildProcess(
                "/usr/bin/python3",
                [
                    root.appendingPathComponent("scripts/bench/generate-roster.py").path, "500", "--seed", "6", "--out",
                    roster,
                ]
            ).run()
            let steps = [
                generated,
                try await world.ttbd("catalog", "import", root.appendingPathComponent("course-catalog").path),
                try await world.ttbd("delegates", "import", roster),
            ]
            for step in steps where step.status != 0 { throw SetupFailed(output: step.text) }
            try await database.run { pool in
                for statement: PostgresQuery in [
                    """
                    INSERT INTO venues (code, name, province_code)
                    SELECT 'HT' || code, 'Hội trường ' || name, code FROM provinces WHERE code <> '12'
                    """,
                    "INSERT INTO rooms (venue_id, code, name, capacity) SELECT id, 'P1', 'Phòng 1', 60 FROM venues",
                    """
                    INSERT INTO lecturers (code, full_name, name_sort_key, home_province)
                    SELECT 'GV' || g, 'Giảng viên ' || g, 'Giảng viên ' || g,
                           (ARRAY['01', '79', '48', '31', '92', '04'])[g]
                    FROM generate_series(1, 6) AS g
                    """,
                    """
                    INSERT INTO lecturer_modules SELECT l.id, m.code FROM lecturers l
                    JOIN modules m ON m.curriculum_code = 'CT-B'
                    """,
                ] {
                    try await pool.client.query(statement, logger: TestCluster.logger)
                }
            }
            try await body(world)
        }
    }

    struct SetupFailed: Error {
        var output: String
    }
}
