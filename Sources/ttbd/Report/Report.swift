import ArgumentParser

extension TTBD {
    /// `ttbd report …`: what the training staff read: rosters, attendance, completion, the golden time.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: inLanguage(
                en: """
                    Class rosters, attendance, completion and the golden-time tracker (table, JSON, CSV or an Excel \
                    workbook).
                    """,
                vi: """
                    Danh sách đại biểu của lớp, kết quả điểm danh, kết quả hoàn thành và theo dõi thời gian vàng \
                    (bảng, JSON, CSV hoặc sổ tính Excel).
                    """),
            subcommands: [Roster.self, Attendance.self, Completion.self, GoldenTime.self]
        )
    }
}
