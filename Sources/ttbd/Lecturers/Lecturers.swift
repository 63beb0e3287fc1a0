import ArgumentParser

extension TTBD {
    /// `ttbd lecturers …`: giảng viên, báo cáo viên, the modules they teach and when they cannot.
    struct Lecturers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lecturers",
            abstract: "Add, import and list lecturers, and the periods they cannot teach.",
            subcommands: [Add.self, Import.self, List.self, Unavailable.self])
    }
}
