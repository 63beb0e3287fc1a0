import Foundation
import Logging
internal import PostgresNIO

/// Where the database is, whether it answers, and its migrations: what `ttbd db status` shows.
public struct DatabaseStatus: Sendable, Encodable {
    public struct AppliedMigration: Sendable, Encodable {
        public var name: String
        public var checksum: String
        public var appliedAt: Date
    }

    public var location: String
    /// The private cluster's state; `nil` with `DATABASE_URL`.
    public var cluster: String?
    public var answers: Bool
    public var serverVersion: String?
    /// Why it does not answer.
    public var problem: String?
    public var applied: [AppliedMigration]
    /// `nil` while the database does not answer: which of this version's migrations it lacks is unknown.
    public var pending: [String]?
    /// How many migrations this version of ttbd has.
    public var migrations: Int
}

extension StoreConfiguration {
    /// Looks without touching: starts nothing, creates nothing, applies nothing.
    public func status(logger: Logger) async throws -> DatabaseStatus {
        let migrator = Migrator(migrations: try migrations(), logger: logger)
        var status = DatabaseStatus(
            location: location, cluster: nil, answers: false, serverVersion: nil, problem: nil, applied: [],
            pending: nil, migrations: migrator.migrations.count)
        if case .embedded(let cluster) = target {
            let state = try cluster.state()
            status.cluster = state.rawValue
            guard state == .running else {
                status.problem = "the private cluster is \(state.rawValue)"
                return status
            }
        }
        do {
            try await Database.probe(settings, logger: logger)
        } catch {
            status.problem = error.message
            return status
        }
        return try await Database.run(settings, logger: logger) { database in
            var status = status
            status.answers = true
            status.serverVersion = try await database.client.query("SHOW server_version", logger: logger)
                .collect().first?.decode(String.self)
            let migrations = try await database.withConnection { try await migrator.status(on: $0) }
            status.applied = migrations.applied.map {
                DatabaseStatus.AppliedMigration(name: $0.name, checksum: $0.checksum, appliedAt: $0.appliedAt)
            }
            status.pending = migrations.pending.map(\.name)
            return status
        }
    }
}
