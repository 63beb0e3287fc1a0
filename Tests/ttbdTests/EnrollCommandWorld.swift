import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import TrainingStore

/// A database set up the way staff do it: the shipped catalog and a roster imported with ttbd, and the venue
/// HN. The roster: 0101 (commune council, first-time), 0102 (province council, first-time), 0103 (National
/// Assembly), 0104 (province council, not first-time), 0105 (commune council, first-time).
struct EnrollCommandWorld {
    let database: TestDatabase
    let folder: TemporaryFolder

    static let roster = """
        Mã đại biểu;Họ và tên;Giới tính;Cơ quan dân cử;Mã tỉnh;Mã xã;Nhiệm kỳ;Lần đầu
        0101;Nguyễn Văn An;nam;HĐND xã;01;00004;2026-2031;x
        0102;Đặng Thị Ánh;nữ;HĐND tỉnh;01;;2026-2031;có
        0103;Trần Văn Dũng;nam;Quốc hội;79;;2026-2031;không
        0104;Lê Thị Mai;nữ;HĐND tỉnh;01;;2026-2031;không
        0105;Phạm Thu Hà;nữ;HĐND xã;01;00004;2026-2031;x

        """

    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("course-catalog").path

    /// Runs `ttbd arguments…` against this world's database.
    func ttbd(_ arguments: String...) async throws -> ChildProcess.Output {
        try await CommandLineTool.run(arguments, environment: ["DATABASE_URL": database.url])
    }

    /// Writes `text` to a file of the world's folder and returns its path.
    func write(_ text: String, as name: String) throws -> String {
        let path = "\(folder.path)/\(name)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A digest of the rows enrollment and classes touch, to show that a refusal changed nothing.
    func digest() async throws -> String {
        try await database.run { pool in
            try await pool.client.query(
                """
                SELECT coalesce(md5(string_agg(t, '|' ORDER BY t)), 'empty') FROM (
                    SELECT e::text AS t FROM enrollments e
                    UNION ALL SELECT h::text FROM enrollment_status_history h
                    UNION ALL SELECT c::text FROM classes c
                    UNION ALL SELECT c::text FROM cohorts c) rows
                """, logger: TestCluster.logger
            ).collect().first!.decode(String.self)
        }
    }

    static func with(_ body: (EnrollCommandWorld) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            let world = EnrollCommandWorld(database: database, folder: folder)
            let imported = try await world.ttbd("catalog", "import", Self.catalog)
            guard imported.status == 0 else { throw SetupFailed(output: imported.text) }
            let enrolled = try await world.ttbd("delegates", "import", try world.write(Self.roster, as: "roster.csv"))
            guard enrolled.status == 0 else { throw SetupFailed(output: enrolled.text) }
            try await database.run { pool in
                try await pool.client.query(
                    "INSERT INTO venues (code, name, province_code) VALUES ('HN', 'Hội trường Hà Nội', '01')",
                    logger: TestCluster.logger)
            }
            try await body(world)
        }
    }

    struct SetupFailed: Error {
        var output: String
    }
}
