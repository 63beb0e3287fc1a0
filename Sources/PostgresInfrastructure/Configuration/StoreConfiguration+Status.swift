import Foundation
import Logging
internal import PostgresNIO
import TrainingModel

/// Where the database is, whether it answers, and its migrations: what `ttbd db status` shows.
public struct DatabaseStatus: Sendable, Encodable {
    public struct AppliedMigration: Sendable, Encodable {
        public var name: String
        public var checksum: String
        public var appliedAt: Date
    }

    /// Where the database is, worded in the reader's language; ``location`` is its English, which the JSON has.
    public var locationWording: Message
    public var location: String { locationWording.description }
    /// The private cluster's state; `nil` with `DATABASE_URL`.
    public var cluster: String?
    public var answers: Bool
    public var serverVersion: String?
    /// Why it does not answer, in English.
    public var problem: String? { problemWording?.description }
    /// Why it does not answer, worded in the reader's language.
    public var problemWording: Message?
    public var applied: [AppliedMigration]
    /// `nil` while the database does not answer: which of this version's migrations it lacks is unknown.
    public var pending: [String]?
    /// How many migrations this version of ttbd has.
    public var migrations: Int

    /// The JSON of `ttbd db status --format json`: the English fields, without the wordings.
    enum CodingKeys: String, CodingKey {
        case location, cluster, answers, serverVersion, problem, applied, pending, migrations
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(location, forKey: .location)
        try container.encodeIfPresent(cluster, forKey: .cluster)
        try container.encode(answers, forKey: .answers)
        try container.encodeIfPresent(serverVersion, forKey: .serverVersion)
        try container.encodeIfPresent(problem, forKey: .problem)
        try container.encode(applied, forKey: .applied)
        try container.encodeIfPresent(pending, forKey: .pending)
        try container.encode(migrations, forKey: .migrations)
    }
}

extension StoreConfiguration {
    /// Looks without touching: starts nothing, creates nothing, applies nothing.
    public func status(logger: Logger) async throws -> DatabaseStatus {
        let migrator = Migrator(migrations: try migrations(), logger: logger)
        var status = DatabaseStatus(
            locationWording: locationWording, cluster: nil, answers: false, serverVersion: nil,
            problemWording: nil, applied: [], pending: nil, migrations: migrator.migrations.count)
        if case .embedded(let cluster) = target {
            let state = try cluster.state()
            status.cluster = state.rawValue
            switch state {
            case .running: break
            case .notCreated:
                status.problemWording = "the private cluster is not created"
                return status
            case .stopped:
                status.problemWording = "the private cluster is stopped"
                return status
            }
        }
        do {
            try await Database.probe(settings, logger: logger)
        } catch {
            status.problemWording = error.wording
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
