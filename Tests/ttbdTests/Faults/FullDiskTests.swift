import Foundation
import PostgresInfrastructure
import TestSupport
import Testing

/// A full disk: the data folder's (a small tmpfs the test mounts, nearly filled with a ballast file) under a
/// roster import, and the backup folder's under a backup. Each ends with exit 69 and says why, writes nothing
/// (the database's fingerprint is unchanged, no archive or part of one is left), and the service goes on
/// answering reads on the connections it holds; once space is freed, the import completes. Mounting needs root,
/// which the suite has on CI.
@Suite("A full disk", .serialized, .enabled(if: getuid() == 0, "mounting a small file system needs root"))
struct FullDiskTests {
    @Test("an import and a backup on a full disk fail clearly and write nothing, and reads go on")
    func fullDisk() async throws {
        let home = ProcessInfo.processInfo.environment["TTBD_TEST_HOME"] ?? NSTemporaryDirectory()
        let name = UUID().uuidString.prefix(8)
        let disk = SmallDisk(path: "\(home)/disk-\(name)", megabytes: 160)
        let backups = SmallDisk(path: "\(home)/backups-\(name)", megabytes: 1)
        try disk.mount()
        defer { disk.unmount() }
        try backups.mount()
        defer { backups.unmount() }
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
                // A full disk can refuse new server processes (they write files as they start): the service
                // answers on the connection its first request opened.
                func reads() async throws {
                    for path in ["/v1/classes/B-HN-01", "/v1/delegates/F7"] {
                        let (status, body) = try await service.get(path, headers: ["Authorization": "Bearer \(token)"])
                        #expect(status == 200, "GET \(path): \(status) \(String(decoding: body, as: UTF8.self))")
                    }
                }
                try await reads()
                let before = try await server.database.fingerprint()
                try disk.fill(leaving: 6)

                let imported = try await world.ttbd(["delegates", "import", "\(folder.path)/big.csv"])
                #expect(imported.status == 69, "\(imported.text)")
                #expect(imported.standardError.contains("No space left on device"), "\(imported.standardError)")
                #expect(imported.standardError.contains("Nothing of it was written"), "\(imported.standardError)")
                try await reads()
                try disk.free()
                #expect(try await server.database.fingerprint() == before)

                // The archive (about 400 kB) does not fit in what is left of the backup folder.
                try backups.fill(leaving: 0)
                let archive = "\(backups.path)/world.backup"
                let backedUp = try await world.ttbd(["db", "backup", "--output", archive])
                #expect(backedUp.status == 69, "\(backedUp.text)")
                #expect(backedUp.standardError.contains("No space left on device"), "\(backedUp.standardError)")
                let left = try FileManager.default.contentsOfDirectory(atPath: backups.path).filter {
                    $0.hasPrefix("world.backup")
                }
                #expect(left.isEmpty, "a failed backup left \(left)")

                let again = try await world.ttbd(["delegates", "import", "\(folder.path)/big.csv"])
                #expect(again.status == 0, "\(again.text)")
            }
        }
    }
}
