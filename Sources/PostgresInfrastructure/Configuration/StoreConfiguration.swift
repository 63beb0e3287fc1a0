import Foundation
import TrainingModel

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
    /// `$TTBD_MIGRATIONS`, a folder that replaces the migrations built into ttbd; nil for those.
    public var migrationsFolder: String?

    public init(target: Target, migrationsFolder: String? = nil) {
        self.target = target
        self.migrationsFolder = migrationsFolder
    }

    /// The migrations of `migrationsFolder`, or the built-in ones.
    public func migrations() throws -> [Migration] {
        if let migrationsFolder { return try Migration.load(from: migrationsFolder) }
        return try Migration.builtIn
    }

    /// Reads `DATABASE_URL` (or `databaseURL`, from a flag), `TTBD_HOME` and `TTBD_MIGRATIONS`.
    public static func resolve(environment: [String: String], databaseURL: String? = nil) throws -> StoreConfiguration {
        let migrations = environment["TTBD_MIGRATIONS"].flatMap { $0.isEmpty ? nil : $0 }
        if let url = databaseURL ?? environment["DATABASE_URL"], !url.isEmpty {
            return StoreConfiguration(
                target: .external(try ConnectionSettings(url: url, environment: environment)),
                migrationsFolder: migrations)
        }
        let cluster = EmbeddedCluster(
            home: EmbeddedCluster.defaultHome(environment: environment), environment: environment)
        return StoreConfiguration(target: .embedded(cluster), migrationsFolder: migrations)
    }

    public var settings: ConnectionSettings {
        switch target {
        case .external(let settings): settings
        case .embedded(let cluster): cluster.connectionSettings
        }
    }

    /// Where the database is, for people.
    public var locationWording: Message {
        switch target {
        case .external(let settings): "\(settings.locationWording) (from DATABASE_URL)"
        case .embedded(let cluster): "\(settings.locationWording), the private cluster in \(cluster.home)"
        }
    }

    /// ``locationWording`` in English.
    public var location: String { locationWording.description }
}
