import Logging
package import PostgresNIO
import TrainingModel

/// What the public schema of a database holds: its tables with their rows, and the migrations it applied.
/// A backup's manifest records it; a restore compares its target with it.
public struct SchemaContents: Sendable, Equatable {
    /// Rows per table.
    public var tables: [String: Int]
    public var appliedMigrations: Int
    /// The last migration applied, by number; nil when none was.
    public var lastMigration: String?

    public var rows: Int { tables.values.reduce(0, +) }

    /// Empty means no table at all: a restore into a schema that has tables, even empty ones, would collide
    /// with them.
    public var isEmpty: Bool { tables.isEmpty }

    /// "31 tables with 3,512 rows and 17 applied migrations (the last 0017_backup_job)", for messages.
    public var summaryWording: Message {
        if let lastMigration {
            "\(number: tables.count) tables with \(number: rows) rows and \(number: appliedMigrations) applied "
                + "migrations (the last \(lastMigration))"
        } else {
            "\(number: tables.count) tables with \(number: rows) rows and \(number: appliedMigrations) applied migrations"
        }
    }

    /// ``summaryWording`` in English.
    public var summary: String { summaryWording.description }
}

extension PostgresConnection {
    /// The public schema's contents as this connection's transaction sees them: exact row counts, so a
    /// backup's manifest and a restore's report say what is there, not the planner's estimate.
    func schemaContents(logger: Logger) async throws -> SchemaContents {
        let names = try await query(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", logger: logger
        ).collect().map { try $0.decode(String.self) }
        var contents = SchemaContents(tables: [:], appliedMigrations: 0, lastMigration: nil)
        for name in names {
            contents.tables[name] = try await query(
                PostgresQuery(unsafeSQL: "SELECT count(*)::int FROM public.\(quotedIdentifier(name))"), logger: logger
            ).collect().first!.decode(Int.self)
        }
        if let applied = contents.tables["schema_migrations"] {
            contents.appliedMigrations = applied
            contents.lastMigration = try await query(
                "SELECT name FROM schema_migrations ORDER BY version DESC LIMIT 1", logger: logger
            ).collect().first?.decode(String.self)
        }
        return contents
    }
}
