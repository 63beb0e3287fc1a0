import ArgumentParser
import Foundation
import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TTBD.Database {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show where the database is, whether it answers, and its applied and pending migrations.",
            discussion: "Starts nothing. Exits 69 when the database does not answer.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let status = try await database.configuration().status(logger: .ttbd)
            switch format {
            case .json: try OutputFormat.printJSON(status)
            case .text: printText(status)
            }
            if !status.answers { throw ExitCode(FailureKind.unavailable.rawValue) }
        }

        private func printText(_ status: DatabaseStatus) {
            print("database    \(status.location)")
            if let cluster = status.cluster { print("cluster     \(cluster)") }
            if status.answers {
                print("server      answers (PostgreSQL \(status.serverVersion ?? "?"))")
            } else {
                let remedy = status.cluster.map {
                    $0 == "running" ? "" : "; \(Remedy.startPrivateCluster.commandLineHint)"
                }
                print("server      does not answer: \(status.problem ?? "unknown reason")\(remedy ?? "")")
            }
            guard let pending = status.pending else {
                // Listing all of them as pending would say the database is empty; nobody knows yet.
                return print("migrations  unknown until the server answers (this ttbd has \(status.migrations))")
            }
            print("migrations  \(status.applied.count) applied, \(pending.count) pending")
            let time = Date.ISO8601FormatStyle(timeZone: .current).year().month().day().time(
                includingFractionalSeconds: false)
            for migration in status.applied {
                print("  applied  \(migration.name)  \(migration.appliedAt.formatted(time))")
            }
            for name in pending {
                print("  pending  \(name)")
            }
        }
    }
}
