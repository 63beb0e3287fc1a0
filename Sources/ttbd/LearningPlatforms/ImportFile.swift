import ArgumentParser

extension TTBD {
    /// `ttbd import …`: what other systems report, read back into ttbd.
    struct ImportFile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: "Read what a learning platform reports back into ttbd: Moodle's course completion.",
                vi: "Đọc kết quả từ hệ thống học trực tuyến vào ttbd: báo cáo hoàn thành khóa học của Moodle."),
            subcommands: [MoodleCompletion.self]
        )
    }
}
