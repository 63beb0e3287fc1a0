import ArgumentParser
import PostgresInfrastructure

extension TTBD {
    /// `ttbd db …`: the database itself.
    struct Database: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Start, stop, inspect, migrate, back up and restore the database.",
            subcommands: [Up.self, Down.self, Status.self, Migrate.self, Backup.self, Restore.self]
        )
    }
}
