import ArgumentParser
import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TTBD.Database {
    struct Down: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "down",
            abstract: inLanguage(
                en: "Stop the private PostgreSQL.",
                vi: "Dừng PostgreSQL riêng của ttbd."))

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            switch try database.configuration().target {
            case .external:
                throw ValidationError(
                    localized("DATABASE_URL is set: ttbd did not start that server and does not stop it."))
            case .embedded(let cluster):
                if try cluster.down() {
                    print(localized("Stopped the private PostgreSQL in \(cluster.dataDirectory)."))
                } else {
                    print(localized("The private PostgreSQL in \(cluster.home) is not running: nothing to stop."))
                }
            }
        }
    }
}
