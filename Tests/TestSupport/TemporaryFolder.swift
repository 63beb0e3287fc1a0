import Foundation

/// A new empty folder under /tmp that the `postgres` system user can enter (tests run as root in CI).
public struct TemporaryFolder: Sendable {
    public let path: String

    public init() throws {
        path = "/tmp/ttbd-\(UUID().uuidString.prefix(8).lowercased())"
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
