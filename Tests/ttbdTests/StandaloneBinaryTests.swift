import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// Issue 20: `ttbd` copied anywhere works alone — its migrations are inside it (a copy used to say "cannot find
/// the migrations folder near …/ttbd" for every database command).
@Suite("A copied binary")
struct StandaloneBinaryTests {
    @Test("in an empty folder, with no TTBD_MIGRATIONS, runs db up, catalog import and db status")
    func copiedBinary() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let copy = "\(folder.path)/bin/ttbd"
        try FileManager.default.createDirectory(atPath: "\(folder.path)/bin", withIntermediateDirectories: true)
        // Copied by cp, not in this process: a test forking meanwhile would inherit the open file, and running
        // the copy would fail with "Text file busy".
        let copied = try ChildProcess("/bin/cp", [CommandLineTool.path, copy]).run()
        #expect(copied.status == 0, "\(copied.text)")
        // An empty TTBD_MIGRATIONS is none: the run's environment sets it to the project's folder otherwise.
        let environment = ["TTBD_HOME": "\(folder.path)/home", "TTBD_MIGRATIONS": ""]
        func ttbd(_ arguments: [String]) async throws -> ChildProcess.Output {
            try await CommandLineTool.run(arguments, environment: environment, executable: copy)
        }
        defer { _ = try? ChildProcess(copy, ["db", "down"], environment: environment).run() }

        let up = try await ttbd(["db", "up"])
        #expect(up.status == 0, "\(up.text)")
        let migrations = try Migration.load(from: TestCluster.migrationsDirectory)
        #expect(up.standardOutput.contains("Applied migration \(try #require(migrations.last).name)."), "\(up.text)")

        let catalog = URL(fileURLWithPath: ReferenceData.folder).deletingLastPathComponent().path
        let imported = try await ttbd(["catalog", "import", catalog])
        #expect(imported.status == 0, "\(imported.text)")

        let status = try await ttbd(["db", "status", "--format", "json"])
        #expect(status.status == 0, "\(status.text)")
        let report = try JSONSerialization.jsonObject(with: Data(status.standardOutput.utf8)) as? [String: Any]
        #expect((report?["applied"] as? [Any])?.count == migrations.count)
        #expect((report?["pending"] as? [Any])?.isEmpty == true)
    }
}
