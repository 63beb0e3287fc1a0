import Foundation
import PostgresInfrastructure

/// A streaming replica of a private cluster, made as an operator would: `pg_basebackup -R` of the running
/// primary, then a hot standby started on a socket folder of its own. Run as the `postgres` system user when the
/// tests run as root, as the cluster itself is.
public struct StreamingStandby: Sendable {
    public let dataDirectory: String
    public let socketDirectory: String
    let bin: String
    let systemUser: String?

    /// Copies `cluster` into `folder` (which must not exist) and starts the copy as its standby.
    public static func start(of cluster: EmbeddedCluster, in folder: String) throws -> StreamingStandby {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        guard
            let bin = versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }).map({ "/usr/lib/postgresql/\($0)/bin" })
                .first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/pg_basebackup") })
        else { throw StandbyError(description: "pg_basebackup is not installed") }
        let standby = StreamingStandby(
            dataDirectory: "\(folder)/pgdata", socketDirectory: "\(folder)/run", bin: bin,
            systemUser: geteuid() == 0 ? "postgres" : nil)
        for path in [folder, standby.dataDirectory, standby.socketDirectory] {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if let user = standby.systemUser, let account = getpwnam(user) {
                chown(path, account.pointee.pw_uid, account.pointee.pw_gid)
            }
        }
        // A fast checkpoint: the default, spread, waited 2 minutes and a half for the primary's next one.
        try standby.run(
            "pg_basebackup",
            [
                "-D", standby.dataDirectory, "-h", cluster.socketDirectory, "-U", EmbeddedCluster.superuser, "-X",
                "stream", "-R", "--checkpoint=fast",
            ])
        try standby.run(
            "pg_ctl",
            [
                "start", "-D", standby.dataDirectory, "-w", "-l", "\(standby.dataDirectory)/standby.log", "-o",
                "-c unix_socket_directories='\(standby.socketDirectory)' -c listen_addresses=''",
            ])
        return standby
    }

    /// The settings of `primary`'s database on this standby.
    public func settings(like primary: ConnectionSettings) -> ConnectionSettings {
        var settings = primary
        settings.endpoint = .socket(path: "\(socketDirectory)/.s.PGSQL.5432")
        return settings
    }

    /// Stops the standby at once, as a crash or a pulled cable would.
    public func stop() throws {
        try run("pg_ctl", ["stop", "-D", dataDirectory, "-m", "immediate", "-w"])
    }

    private func run(_ program: String, _ arguments: [String]) throws {
        let output = try ChildProcess("\(bin)/\(program)", arguments, as: systemUser).run()
        guard output.status == 0 else { throw StandbyError(description: "\(program) failed: \(output.text)") }
    }

    struct StandbyError: Error, CustomStringConvertible {
        var description: String
    }
}
