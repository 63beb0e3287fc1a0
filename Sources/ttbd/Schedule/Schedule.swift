import ArgumentParser

extension TTBD {
    /// `ttbd schedule …`: placing sessions in time, rooms and lecturers' calendars.
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: inLanguage(en: "Plan and show timetables.", vi: "Xếp và xem thời khóa biểu."),
            subcommands: [Plan.self, Show.self, SolveCTT.self]
        )
    }
}
