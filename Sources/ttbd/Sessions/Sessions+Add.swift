import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Sessions {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a session by hand (pinned: the planner leaves it where it is).",
            discussion: """
                Times are the local time of the class's venue (Asia/Ho_Chi_Minh and 07:30-11:30, 13:30-17:00 for \
                an online class). Refused (exit 65) when the class does not teach the module, the day is outside \
                the class's dates or a public holiday, the room is not the venue's or is closed, a lecturer does \
                not teach the module or is unavailable, or the room, a lecturer or the cohort is already booked.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(name: .customLong("class"), help: "The class's code.")
        var classCode: String

        @Option(help: "The cohort, e.g. N1 (default: the class's only cohort).")
        var cohort: String?

        @Option(help: "The module taught, e.g. B01.")
        var module: String

        @Option(help: "The day, YYYY-MM-DD.")
        var date: String

        @OptionGroup var time: SessionTimeOptions

        @Option(help: "A room of the class's venue, e.g. P1.")
        var room: String?

        @Option(help: "Lecturer codes, e.g. GV1,GV2.")
        var lecturer: String?

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            guard try time.times() != nil else { throw ValidationError("give --slot, or --from and --to") }
            _ = try CalendarDate.argument(date, "--date")
            _ = try ResourceArgument.codes(lecturer, "--lecturer")
        }

        func run() async throws {
            guard let times = try time.times(), let date = try CalendarDate.argument(date, "--date") else { return }
            let request = SessionRequest(
                classCode: classCode, cohortCode: cohort, moduleCode: module, date: date, times: times,
                roomCode: room, lecturerCodes: try ResourceArgument.codes(lecturer, "--lecturer"))
            let record = try await database.withOperations { try await $0.addSession(request) }
            try SessionRecord.show(record, format: format) { "Added \($0.wording)." }
        }
    }
}

extension SessionRecord {
    /// The record as JSON, or the sentence `text` makes of it.
    static func show(_ record: SessionRecord, format: OutputFormat, _ text: (SessionRecord) -> Message) throws {
        switch format {
        case .json: try OutputFormat.printJSON(record)
        case .text: Swift.print(localized(text(record)))
        }
    }
}
