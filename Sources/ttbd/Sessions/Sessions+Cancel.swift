import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Sessions {
    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: "Cancel a planned session; its room, lecturers and cohort are free again then.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The session's id (see `ttbd sessions list`).")
        var id: Int

        @Option(help: "Why, for the people who expected it.")
        var reason: String?

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let record = try await database.withOperations {
                try await $0.cancelSession(id: id, reason: reason)
            }
            try SessionRecord.show(record, format: format) { "Cancelled \($0.wording)." }
        }
    }
}
