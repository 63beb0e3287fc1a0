import Foundation

/// Which database ttbd uses and where its migrations are, from the environment and flags.
///
/// With `DATABASE_URL`, that server and never a private one; without it, the private cluster under
/// `$TTBD_HOME`.
public struct StoreConfiguration: Sendable {
    public enum Target: Sendable {
        case external(ConnectionSettings)
        case embedded(EmbeddedCluster)
    }

    public var target: Target
    public var migrationsDirectory: String

    public init(target: Target, migrationsDirectory: String) {
        self.target = target
        self.migrationsDirectory = migrationsDirectory
    }

    /// Reads `DATABASE_URL` (or `databaseURL`, from a flag), `TTBD_HOME` and `TTBD_MIGRATIONS`.
    public static func resolve(environment: [String: String], databaseURL: String? = nil) throws -> StoreConfiguration {
        let migrations = try MigrationsFolder.locate(environment: environment)
        if let url = databaseURL ?? environment["DATABASE_URL"], !url.isEmpty {
            let user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
            return StoreConfiguration(
                target: .external(try ConnectionSettings(url: url, defaultUser: user)), migrationsDirectory: migrations)
        }
        let cluster = EmbeddedCluster(
            home: EmbeddedCluster.defaultHome(environment: environment), environment: environment)
        return StoreConfiguration(target: .embedded(cluster), migrationsDirectory: migrations)
    }

    public var settings: ConnectionSettings {
        switch target {
        case .external(let settings): settings
        case .embedded(let cluster): cluster.connectionSettings
        }
    }

    /// Where the database is, for people.
    public var location: String {
        switch target {
        case .external(let settings): "\(settings.location) (from DATABASE_URL)"
        case .embedded(let cluster): "\(settings.location), the private cluster in \(cluster.home)"
        }
    }
}

/// Finds `migrations/`: `$TTBD_MIGRATIONS`, else the nearest folder above the running program that has a
/// `migrations/` (a build inside the project) or `share/ttbd/migrations/` (an installed ttbd).
enum MigrationsFolder {
    static func locate(environment: [String: String]) throws -> String {
        if let configured = environment["TTBD_MIGRATIONS"], !configured.isEmpty { return configured }
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while folder.path != "/" {
            for candidate in ["migrations", "share/ttbd/migrations"] {
                let path = folder.appendingPathComponent(candidate).path
                if FileManager.default.fileExists(atPath: "\(path)/0001_extensions_and_text.sql") { return path }
            }
            folder.deleteLastPathComponent()
        }
        throw StoreError(
            .invalidConfiguration,
            "cannot find the migrations folder near \(executable); set TTBD_MIGRATIONS to the project's migrations/")
    }
}
