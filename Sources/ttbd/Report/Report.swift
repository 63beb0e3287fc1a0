import ArgumentParser

extension TTBD {
    /// `ttbd report …`: what the training staff read: rosters, attendance, completion, the golden time.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Class rosters, attendance, completion and the golden-time tracker (table, JSON or CSV).",
            subcommands: [Roster.self, Attendance.self, Completion.self, GoldenTime.self]
        )
    }
}
