import ArgumentParser

extension TTBD {
    /// `ttbd export …`: a class in the files other systems' own upload tools read.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: inLanguage(
                en: "Write a class as the upload files of a learning platform: Moodle or Canvas.",
                vi: "Ghi một lớp ra các tệp để tải lên hệ thống học trực tuyến: Moodle hoặc Canvas."),
            subcommands: [Moodle.self, Canvas.self]
        )
    }
}
