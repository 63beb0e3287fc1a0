import ArgumentParser

extension TTBD {
    /// `ttbd attendance …`: điểm danh, who came to each session.
    struct Attendance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance",
            abstract: "Mark, import, close and print the attendance of sessions.",
            subcommands: [Mark.self, Import.self, Close.self, Sheet.self, Show.self]
        )
    }
}
