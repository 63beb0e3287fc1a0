import Foundation
import PostgresInfrastructure

/// A size-limited file system (tmpfs) mounted for one test, and ballast files that fill it on demand.
/// Mounting needs root.
struct SmallDisk {
    let path: String
    let megabytes: Int

    func mount() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Self.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m,mode=755", "tmpfs", path])
    }

    func unmount() {
        _ = try? Self.run("/usr/bin/umount", ["--lazy", path])
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Fills the disk but for `megabytes`, with one more ballast file.
    func fill(leaving megabytes: Int) throws {
        let free =
            try (FileManager.default.attributesOfFileSystem(forPath: path)[.systemFreeSize] as? NSNumber)?
            .int64Value ?? 0
        let size = free - Int64(megabytes) * 1_048_576
        try Self.run("/usr/bin/fallocate", ["--length", "\(max(size, 0))", "\(path)/ballast-\(UUID())"])
    }

    /// Frees what ``fill(leaving:)`` took.
    func free() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: path) where name.hasPrefix("ballast-") {
            try FileManager.default.removeItem(atPath: "\(path)/\(name)")
        }
    }

    private static func run(_ program: String, _ arguments: [String]) throws {
        let output = try ChildProcess(program, arguments).run()
        guard output.status == 0 else { throw SmallDiskError(description: "\(program): \(output.text)") }
    }
}

struct SmallDiskError: Error, CustomStringConvertible {
    let description: String
}
