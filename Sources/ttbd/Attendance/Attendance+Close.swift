import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Attendance {
    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close a session: its unmarked delegates become absent and the session counts as held.",
            discussion: "Closing again changes nothing.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The session's id.")
        var session: Int

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func run() async throws {
            let session = session
            let closing = try await database.withOperations { try await $0.closeSession(session) }
            switch format {
            case .json: try OutputFormat.printJSON(closing)
            case .text:
                let counts: Message =
                    "\(number: closing.markedAbsent) marked absent, \(number: closing.alreadyMarked) already marked"
                print(
                    localized(
                        closing.wasHeld
                            ? "Closed \(closing.session.labelWording): \(counts); the session was already held."
                            : "Closed \(closing.session.labelWording): \(counts); the session is now held."))
            }
        }
    }
}
