import ArgumentParser
import PostgresInfrastructure
import TrainingStore

extension TTBD.Database {
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Apply the pending migrations, each in its own transaction.")

        @OptionGroup var database: DatabaseOptions

        @Flag(help: "List the migrations that would run, and run none.")
        var dryRun = false

        func run() async throws {
            let configuration = try database.configuration()
            let migrator = Migrator(migrations: try configuration.migrations())
            let applied = try await database.withDatabase(migrations: .leave, role: .owner) { database in
                try await migrator.migrate(database, dryRun: dryRun) {
                    printError("Another ttbd is migrating this database; waiting for it to finish…")
                }
            }
            if applied.isEmpty {
                print("The database is up to date: no migration to apply.")
            }
            for migration in applied {
                print(dryRun ? "Would apply \(migration.name)." : "Applied \(migration.name).")
            }
        }
    }
}
