import Foundation
import TrainingModel

#if canImport(Glibc)
    import Glibc
#endif

/// The private PostgreSQL cluster that ttbd runs itself when no `DATABASE_URL` is given: a data folder
/// under `home`, listening only on a Unix socket in `home/run`, never on a TCP port.
///
/// PostgreSQL refuses to run as root, so when ttbd runs as root the cluster runs as the `postgres`
/// system user (created by Debian's package) and its folders belong to that user.
public struct EmbeddedCluster: Sendable {
    public enum State: String, Sendable {
        case notCreated = "not created"
        case stopped
        case running
    }

    /// What ``up()`` had to do.
    public struct StartOutcome: Sendable, Equatable {
        public var created: Bool
        public var started: Bool
    }

    /// The role ttbd logs in as; the cluster is created with it as superuser.
    public static let superuser = "ttbd"
    /// The database ttbd keeps its data in.
    public static let databaseName = "ttbd"

    public let home: String
    /// Extra `postgresql.conf` settings written at creation (tests turn durability off for speed).
    public let serverSettings: [String: String]
    let systemUser: String?
    let environment: [String: String]

    public var dataDirectory: String { "\(home)/pgdata" }
    public var socketDirectory: String { "\(home)/run" }
    public var logFile: String { "\(home)/log/postgresql.log" }

    public init(home: String, environment: [String: String], serverSettings: [String: String] = [:]) {
        self.home = home
        self.environment = environment
        self.serverSettings = serverSettings
        self.systemUser = geteuid() == 0 ? "postgres" : nil
    }

    /// `$TTBD_HOME`, else a per-user data folder: `$XDG_DATA_HOME/ttbd` or `~/.local/share/ttbd`. Root's home
    /// is closed to the `postgres` user that runs the cluster, so root defaults to `/var/lib/ttbd`.
    public static func defaultHome(environment: [String: String]) -> String {
        if let home = environment["TTBD_HOME"], !home.isEmpty { return home }
        if geteuid() == 0 { return "/var/lib/ttbd" }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return "\(data)/ttbd" }
        let userHome = environment["HOME"] ?? NSHomeDirectory()
        return "\(userHome)/.local/share/ttbd"
    }

    /// How to reach the ttbd database of this cluster.
    public var connectionSettings: ConnectionSettings {
        ConnectionSettings(
            endpoint: .socket(path: "\(socketDirectory)/.s.PGSQL.5432"),
            username: Self.superuser,
            database: Self.databaseName,
            tls: .disable)
    }

    public func state() throws -> State {
        guard FileManager.default.fileExists(atPath: "\(dataDirectory)/PG_VERSION") else { return .notCreated }
        let installation = try PostgresInstallation.find(environment: environment)
        let output = try run(installation.path(of: "pg_ctl"), ["status", "-D", dataDirectory])
        return output.status == 0 ? .running : .stopped
    }

    /// Creates the cluster if it does not exist and starts it if it is not running. Safe to call from
    /// several processes at once: a file lock makes them take turns.
    public func up() throws -> StartOutcome {
        let installation = try PostgresInstallation.find(environment: environment)
        try createFolder(home, mode: 0o755, owned: false)
        return try withFileLock(path: "\(home)/.lock") {
            var outcome = StartOutcome(created: false, started: false)
            if !FileManager.default.fileExists(atPath: "\(dataDirectory)/PG_VERSION") {
                try create(with: installation)
                outcome.created = true
            }
            let pgCtl = installation.path(of: "pg_ctl")
            if try run(pgCtl, ["status", "-D", dataDirectory]).status != 0 {
                let start = try run(pgCtl, ["start", "-D", dataDirectory, "-l", logFile, "-w", "-t", "60"])
                guard start.status == 0 else {
                    throw StoreError(
                        .clusterSetupFailed,
                        "the private PostgreSQL in \(dataDirectory) did not start: \(start.text)\n"
                            + "last lines of \(logFile):\n\(Self.tail(of: logFile))")
                }
                outcome.started = true
            }
            return outcome
        }
    }

    /// Stops the cluster; returns whether it was running. `immediately` stops it as a crash would, without
    /// ending its sessions or writing its buffers: the server recovers from its log when it starts again (the
    /// fault tests crash it so, mid-command).
    public func down(immediately: Bool = false) throws -> Bool {
        guard try state() == .running else { return false }
        let installation = try PostgresInstallation.find(environment: environment)
        let mode = immediately ? "immediate" : "fast"
        let stop = try run(installation.path(of: "pg_ctl"), ["stop", "-D", dataDirectory, "-m", mode, "-w"])
        guard stop.status == 0 else {
            throw StoreError(.clusterSetupFailed, "the private PostgreSQL did not stop: \(stop.text)")
        }
        return true
    }

    private func create(with installation: PostgresInstallation) throws {
        for folder in [dataDirectory, socketDirectory, "\(home)/log"] {
            try createFolder(folder, mode: 0o700, owned: true)
        }
        if let systemUser, try ChildProcess("/usr/bin/test", ["-w", dataDirectory], as: systemUser).run().status != 0 {
            throw StoreError(
                .clusterSetupFailed,
                "the \(systemUser) system user, which runs PostgreSQL when ttbd runs as root, cannot reach "
                    + "\(dataDirectory); set TTBD_HOME to a folder it can reach, such as /var/lib/ttbd")
        }
        let initdb = try run(
            installation.path(of: "initdb"),
            [
                "-D", dataDirectory, "--username", Self.superuser, "--auth", "trust",
                "--encoding", "UTF8", "--locale", "C.UTF-8", "--no-instructions",
            ])
        guard initdb.status == 0 else {
            throw StoreError(.clusterSetupFailed, "initdb could not create \(dataDirectory): \(initdb.text)")
        }
        var settings = [
            "listen_addresses": "''",
            "unix_socket_directories": Self.quoted(socketDirectory),
            "unix_socket_permissions": "0700",
            "max_connections": "200",
        ]
        settings.merge(serverSettings) { _, custom in custom }
        let lines = settings.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
        let text =
            "\n# ttbd: a private cluster, reachable only on its Unix socket\n" + lines.joined(separator: "\n") + "\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(dataDirectory)/postgresql.conf"))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    private func createFolder(_ path: String, mode: Int, owned: Bool) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: mode])
        } catch {
            throw StoreError(.clusterSetupFailed, "cannot create \(path): \(error.localizedDescription)")
        }
        guard owned, let systemUser, let account = getpwnam(systemUser) else { return }
        guard chown(path, account.pointee.pw_uid, account.pointee.pw_gid) == 0 else {
            throw StoreError(
                .clusterSetupFailed, "cannot give \(path) to \(systemUser): \(String(cString: strerror(errno)))")
        }
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> ChildProcess.Output {
        if let systemUser, getpwnam(systemUser) == nil {
            throw StoreError(
                .clusterSetupFailed,
                "ttbd runs as root, and PostgreSQL refuses to; the \(systemUser) system user that would run it "
                    + "does not exist (install the Debian package postgresql, or set TTBD_HOME and run as another user)"
            )
        }
        return try ChildProcess(executable, arguments, as: systemUser).run()
    }

    static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func tail(of file: String, lines: Int = 10) -> Message {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return "(no log)" }
        return Message(verbatim: text.split(separator: "\n").suffix(lines).joined(separator: "\n"))
    }
}
