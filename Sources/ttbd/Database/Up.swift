import ArgumentParser
import PostgresInfrastructure
import TrainingStore

extension TTBD.Database {
    struct Up: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "up",
            abstract: "Create and start the private PostgreSQL if needed, create the database, apply migrations.",
            discussion: "With DATABASE_URL set, only applies migrations to that server; it never starts one.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let configuration = try database.configuration()
            let preparation = try await configuration.prepare(migrations: .apply, logger: .ttbd)
            var changed = false
            switch configuration.target {
            case .external:
                print("DATABASE_URL is set: ttbd uses it and starts no server of its own.")
            case .embedded(let cluster):
                if preparation.cluster?.created == true {
                    print("Created a private PostgreSQL cluster in \(cluster.dataDirectory).")
                    changed = true
                }
                if preparation.cluster?.started == true {
                    print("Started it on the Unix socket in \(cluster.socketDirectory) (no TCP port).")
                    changed = true
                }
                if preparation.createdDatabase {
                    print("Created the database \(configuration.settings.database).")
                    changed = true
                }
            }
            for migration in preparation.applied {
                print("Applied migration \(migration.name).")
                changed = true
            }
            if !changed {
                print("Nothing to do: \(configuration.location) is running and up to date.")
            } else {
                print("Ready: \(configuration.location).")
            }
        }
    }
}
