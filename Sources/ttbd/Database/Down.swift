import ArgumentParser
import PostgresInfrastructure
import TrainingStore

extension TTBD.Database {
    struct Down: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "down", abstract: "Stop the private PostgreSQL.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            switch try database.configuration().target {
            case .external:
                throw ValidationError("DATABASE_URL is set: ttbd did not start that server and does not stop it.")
            case .embedded(let cluster):
                if try cluster.down() {
                    print("Stopped the private PostgreSQL in \(cluster.dataDirectory).")
                } else {
                    print("The private PostgreSQL in \(cluster.home) is not running: nothing to stop.")
                }
            }
        }
    }
}
