import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// The disk of the data folder full (a small tmpfs the test mounts, nearly filled with a ballast file) while a
/// roster import and a backup run: each ends with exit 69 and says why, writes nothing (the database's
/// fingerprint is unchanged, no archive or part of one is left), and the service goes on answering reads;
/// once space is freed, the import completes. Mounting needs root, which the suite has on CI.
@Suite("A full disk", .serialized, .enabled(if: getuid() == 0, "mounting a small file system needs root"))
struct FullDiskTests {
    @Test("an import and a backup on a full disk fail clearly and write nothing, and reads go on")
    func fullDisk() async throws {
        let home = ProcessInfo.processInfo.environment["TTBD_TEST_HOME"] ?? NSTemporaryDirectory()
        let disk = SmallDisk(path: "\(home)/disk-\(UUID().uuidString.prefix(8))", megabytes: 160)
        try disk.mount()
        defer { disk.unmount() }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FaultWorld.roster(30_000, prefix: "G").write(
            toFile: "\(folder.path)/big.csv", atomically: true, encoding: .utf8)
        try await FaultCluster.with(home: "\(disk.path)/cluster") { server in
            let world = try await FaultWorld.prepare(server.database, folder: folder.path, delegates: 1_500)
            try await world.setUp([["users", "add", "ops", "--role", "staff", "--name", "Cán bộ vận hành"]])
            let token = try await world.ttbd(["tokens", "issue", "ops"]).standardOutput
                .trimmingCharacters(in: .whitespacesAndNewlines)
            try await MeService.with(database: server.database) { service in
                let reads = ["/v1/classes/B-HN-01", "/v1/delegates/F7"]
                let before = try await server.database.fingerprint()
                try disk.fill(leaving: 6)

                let imported = try await world.ttbd(["delegates", "import", "\(folder.path)/big.csv"])
                #expect(imported.status == 69, "\(imported.text)")
                #expect(imported.standardError.contains("No space left on device"), "\(imported.standardError)")
                #expect(imported.standardError.contains("Nothing of it was written"), "\(imported.standardError)")

                // The failed import may have left some room; the backup gets none.
                try disk.fill(leaving: 0)
                let archive = "\(disk.path)/world.backup"
                let backedUp = try await world.ttbd(["db", "backup", "--output", archive])
                #expect(backedUp.status == 69, "\(backedUp.text)")
                #expect(backedUp.standardError.contains("No space left on device"), "\(backedUp.standardError)")
                let left = try FileManager.default.contentsOfDirectory(atPath: disk.path).filter {
                    $0.hasPrefix("world.backup")
                }
                #expect(left.isEmpty, "a failed backup left \(left)")

                #expect(try await server.database.fingerprint() == before)
                for path in reads {
                    let (status, body) = try await service.get(path, headers: ["Authorization": "Bearer \(token)"])
                    #expect(
                        status == 200, "GET \(path) on a full disk: \(status) \(String(decoding: body, as: UTF8.self))")
                }

                try disk.free()
                let again = try await world.ttbd(["delegates", "import", "\(folder.path)/big.csv"])
                #expect(again.status == 0, "\(again.text)")
            }
        }
    }
}
