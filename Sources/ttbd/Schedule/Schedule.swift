import ArgumentParser

extension TTBD {
    /// `ttbd schedule …`: placing sessions in time, rooms and lecturers' calendars.
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: "Plan and show timetables.",
            subcommands: [Plan.self, Show.self, SolveCTT.self]
        )
    }
}
