import ArgumentParser

extension TTBD {
    /// `ttbd lecturers …`: giảng viên, báo cáo viên, the modules they teach and when they cannot.
    struct Lecturers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lecturers",
            abstract: inLanguage(
                en: "Add, import and list lecturers, and the periods they cannot teach.",
                vi: "Thêm, nhập và liệt kê giảng viên, cùng lịch bận của giảng viên."),
            subcommands: [Add.self, Import.self, List.self, Unavailable.self])
    }
}
