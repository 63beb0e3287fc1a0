import ArgumentParser
import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TTBD.Database {
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: inLanguage(
                en: "Apply the pending migrations, each in its own transaction.",
                vi: "Áp dụng các bản cập nhật cấu trúc đang chờ, mỗi bản trong một giao dịch riêng."))

        @OptionGroup var database: DatabaseOptions

        @Flag(
            help: .inLanguage(
                en: "List the migrations that would run, and run none.",
                vi: "Liệt kê các bản cập nhật cấu trúc sẽ được áp dụng, không áp dụng bản nào."))
        var dryRun = false

        func run() async throws {
            let configuration = try database.configuration()
            let migrator = Migrator(migrations: try configuration.migrations())
            let applied = try await database.withDatabase(migrations: .leave, role: .owner) { database in
                try await migrator.migrate(database, dryRun: dryRun) {
                    printError(localized("Another ttbd is migrating this database; waiting for it to finish…"))
                }
            }
            if applied.isEmpty {
                print(localized("The database is up to date: no migration to apply."))
            }
            for migration in applied {
                print(localized(dryRun ? "Would apply \(migration.name)." : "Applied \(migration.name)."))
            }
        }
    }
}
