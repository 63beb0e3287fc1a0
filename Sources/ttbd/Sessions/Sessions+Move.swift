import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Sessions {
    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Move a planned session to another day, hours or room.",
            discussion: """
                What is not given stays: the day, the hours, the room. Refused (exit 65) with the session in \
                the way when the room, a lecturer or the cohort is already booked then.
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The session's id (see `ttbd sessions list`).")
        var id: Int

        @Option(help: "The new day, YYYY-MM-DD.")
        var date: String?

        @OptionGroup var time: SessionTimeOptions

        @Option(help: "Another room of the class's venue.")
        var room: String?

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            let day = try CalendarDate.argument(date, "--date")
            if day == nil, try time.times() == nil, room == nil {
                throw ValidationError("say where to: --date, --slot or --from/--to, and/or --room")
            }
        }

        func run() async throws {
            let move = SessionMove(
                date: try CalendarDate.argument(date, "--date"), times: try time.times(), roomCode: room)
            let (before, after) = try await database.withOperations { try await $0.moveSession(id: id, to: move) }
            try SessionRecord.show(after, format: format) { "Moved \(before.wording)\n   to \($0.wording)." }
        }
    }
}
