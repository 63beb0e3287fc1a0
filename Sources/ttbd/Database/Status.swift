import ArgumentParser
import Foundation
import PostgresInfrastructure
import TrainingModel
import TrainingStore

extension TTBD.Database {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: inLanguage(
                en: "Show where the database is, whether it answers, and its applied and pending migrations.",
                vi: """
                    Cho biết cơ sở dữ liệu ở đâu, có phản hồi không, và các bản cập nhật cấu trúc đã áp dụng và đang \
                    chờ.
                    """),
            discussion: inLanguage(
                en: "Starts nothing. Exits 69 when the database does not answer.",
                vi: "Không khởi động gì. Mã thoát 69 khi cơ sở dữ liệu không phản hồi."))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let status = try await database.configuration().status(logger: .ttbd)
            switch format {
            case .json: try OutputFormat.printJSON(status)
            case .text: printText(status)
            }
            if !status.answers { throw ExitCode(FailureKind.unavailable.rawValue) }
        }

        /// Each line a label and its value; the labels of a language are padded to one width.
        private func printText(_ status: DatabaseStatus) {
            print(localized("database    \(status.locationWording)"))
            if let cluster = status.cluster {
                let line: Message =
                    switch cluster {
                    case "running": "cluster     running"
                    case "stopped": "cluster     stopped"
                    case "not created": "cluster     not created"
                    default: "cluster     \(cluster)"
                    }
                print(localized(line))
            }
            if status.answers {
                print(localized("server      answers (PostgreSQL \(status.serverVersion ?? "?"))"))
            } else {
                let remedy = status.cluster.map {
                    $0 == "running" ? "" : "; \(Remedy.startPrivateCluster.commandLineHint)"
                }
                let problem = status.problemWording ?? "unknown reason"
                print(localized("server      does not answer: \(problem)") + (remedy ?? ""))
            }
            guard let pending = status.pending else {
                // Listing all of them as pending would say the database is empty; nobody knows yet.
                return print(
                    localized(
                        "migrations  unknown until the server answers (this ttbd has \(number: status.migrations))"))
            }
            print(
                localized("migrations  \(number: status.applied.count) applied, \(number: pending.count) pending"))
            let time = Date.ISO8601FormatStyle(timeZone: .current).year().month().day().time(
                includingFractionalSeconds: false)
            for migration in status.applied {
                print(localized("  applied  \(migration.name)  \(migration.appliedAt.formatted(time))"))
            }
            for name in pending {
                print(localized("  pending  \(name)"))
            }
        }
    }
}
