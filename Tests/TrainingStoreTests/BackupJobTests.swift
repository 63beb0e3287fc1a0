import Foundation
import PostgresInfrastructure
import PostgresNIO
import TestSupport
import Testing

@testable import TrainingStore

/// The backup job of `ttbd serve --backup-every`, driven by the instants it is given: days pass without sleeping.
@Suite("The backup job")
struct BackupJobTests {
    static let start = try! Date("2026-05-22T03:15:00Z", strategy: .iso8601)

    static func day(_ number: Int) -> Date { start.addingTimeInterval(Double(number) * 86400) }

    @Test("an archive is named by its UTC time, so names sort by age")
    func archiveName() {
        #expect(BackupFolder.archiveName(at: Self.start) == "ttbd-20260522-031500.backup")
        #expect(BackupFolder.archiveName(at: Self.day(220)) == "ttbd-20261228-031500.backup")
    }

    @Test("backs up once per interval, records every run, and keeps the newest --keep archives with their manifests")
    func scheduled() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            try await database.run { pool in
                try await ReferenceData.load(into: pool)
                let schedule = try await Self.schedule(pool, folder: folder.path, keep: 2)
                var archives: [String] = []
                for day in 0..<4 {
                    let outcome = try await pool.jobs.runBackup(schedule, now: Self.day(day))
                    guard case .written(let archive, let manifest, let pruned) = outcome else {
                        Issue.record("day \(day): \(String(describing: outcome))")
                        return
                    }
                    #expect(archive == "\(folder.path)/\(BackupFolder.archiveName(at: Self.day(day)))")
                    #expect(manifest.tables["communes"] == 3321 && manifest.createdAt == Self.day(day))
                    #expect(try BackupManifest.check(archive: archive) == manifest)
                    #expect(pruned == Array(archives.dropLast().map { ($0 as NSString).lastPathComponent }.suffix(1)))
                    archives.append(archive)
                    #expect(
                        try await pool.jobs.runBackup(schedule, now: Self.day(day).addingTimeInterval(23 * 3600)) == nil
                    )
                }
                let kept = archives.suffix(2).map { ($0 as NSString).lastPathComponent }
                #expect(
                    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                        == kept.flatMap { [$0, $0 + ".manifest.json"] })
                let runs = try await pool.client.query(
                    "SELECT outcome, detail FROM job_runs WHERE job = 'backup' ORDER BY as_of",
                    logger: TestCluster.logger
                ).collect().map { try $0.decode((String, String).self) }
                #expect(runs.map(\.0) == Array(repeating: "succeeded", count: 4))
                #expect(runs.map(\.1) == archives)
            }
        }
    }

    @Test("a backup that cannot be written is recorded as failed, and tried again an hour later, not at every run")
    func failure() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let notAFolder = "\(folder.path)/not-a-folder"
        try Data().write(to: URL(fileURLWithPath: notAFolder))
        try await TestDatabase.with { database in
            try await database.run { pool in
                let schedule = try await Self.schedule(pool, folder: notAFolder, keep: 2)
                var reasons: [String] = []
                for minutes in [0.0, 30, 61] {
                    switch try await pool.jobs.runBackup(schedule, now: Self.start.addingTimeInterval(minutes * 60)) {
                    case .failed(let reason): reasons.append(reason)
                    case let other:
                        #expect(minutes == 30 && other == nil, "after \(minutes) minutes: \(String(describing: other))")
                    }
                }
                #expect(
                    reasons.count == 2 && reasons.allSatisfy { $0.contains("pg_dump could not back up") }, "\(reasons)")
                let runs = try await pool.client.query(
                    "SELECT outcome, detail, rows_changed FROM job_runs WHERE job = 'backup' ORDER BY as_of",
                    logger: TestCluster.logger
                ).collect().map { try $0.decode((String, String, Int).self) }
                #expect(
                    runs.map(\.0) == ["failed", "failed"] && runs.map(\.1) == reasons && runs.allSatisfy { $0.2 == 0 })
            }
        }
    }

    @Test("while another process holds the backup's lock, a run returns nil and writes nothing")
    func lockHeld() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try await TestDatabase.with { database in
            try await database.run { pool in
                let schedule = try await Self.schedule(pool, folder: folder.path, keep: 2)
                let (first, second) = JobStore.backupLockKeys
                let whileHeld = try await pool.transaction { connection in
                    try await connection.query(
                        "SELECT pg_advisory_xact_lock(\(first), \(second))", logger: TestCluster.logger)
                    return try await pool.jobs.runBackup(schedule, now: Self.start)
                }
                #expect(whileHeld == nil)
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
                #expect(
                    try await pool.client.query("SELECT count(*)::int FROM job_runs", logger: TestCluster.logger)
                        .collect().first?.decode(Int.self) == 0)
            }
        }
    }

    static func schedule(_ pool: Database, folder: String, keep: Int) async throws -> BackupSchedule {
        BackupSchedule(
            interval: .seconds(86400), folder: BackupFolder(path: folder), keep: keep,
            tools: try await pool.clientTools(environment: ProcessInfo.processInfo.environment))
    }
}
