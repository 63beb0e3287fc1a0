import Logging
import PostgresNIO

extension StoreConfiguration {
    /// What ``prepare(logger:)`` did, so `ttbd db up` can say it.
    public struct Preparation: Sendable {
        public var cluster: EmbeddedCluster.StartOutcome?
        public var createdDatabase: Bool
        public var applied: [Migration]
    }

    /// Makes the database ready for a command: for the private cluster, creates and starts it when needed
    /// and creates the database; then, with `migrate`, applies pending migrations. A server named by
    /// `DATABASE_URL` is never started or created, only checked.
    public func prepare(migrate: Bool, logger: Logger) async throws -> Preparation {
        var preparation = Preparation(cluster: nil, createdDatabase: false, applied: [])
        if case .embedded(let cluster) = target {
            preparation.cluster = try cluster.up()
            preparation.createdDatabase = try await Self.createDatabaseIfMissing(settings, logger: logger)
        }
        if migrate {
            let migrator = Migrator(migrations: try Migration.load(from: migrationsDirectory), logger: logger)
            preparation.applied = try await Database.run(settings, logger: logger) { database in
                try await database.withConnection { try await migrator.migrate(on: $0) }
            }
        }
        return preparation
    }

    /// Creates `settings.database` through the server's `postgres` database; a concurrent creator is fine.
    static func createDatabaseIfMissing(_ settings: ConnectionSettings, logger: Logger) async throws -> Bool {
        try await Database.run(settings.with(database: "postgres"), logger: logger) { database in
            let rows = try await database.client.query(
                "SELECT count(*) FROM pg_database WHERE datname = \(settings.database)", logger: logger)
            guard try await rows.collect().first?.decode(Int.self) == 0 else { return false }
            do {
                try await database.client.query(
                    "CREATE DATABASE \(unescaped: quotedIdentifier(settings.database))", logger: logger)
                return true
            } catch  where DatabaseFailure.sqlState(of: error) == "42P04" {
                return false
            }
        }
    }
}

/// `name` as a double-quoted SQL identifier.
public func quotedIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
