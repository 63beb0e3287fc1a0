import ArgumentParser

extension TTBD {
    /// `ttbd attendance …`: điểm danh, who came to each session.
    struct Attendance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attendance",
            abstract: inLanguage(
                en: "Mark, import, close, print and show the attendance of sessions.",
                vi: """
                    Điểm danh, nhập kết quả điểm danh, khóa sổ, in bảng điểm danh và xem kết quả điểm danh của các \
                    buổi học.
                    """),
            subcommands: [Mark.self, Import.self, Close.self, Sheet.self, Show.self]
        )
    }
}
