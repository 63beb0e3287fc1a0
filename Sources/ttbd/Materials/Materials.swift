import ArgumentParser

extension TTBD {
    /// `ttbd materials …`: tài liệu, the handbooks, slides, links and files of modules.
    struct Materials: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "materials",
            abstract: inLanguage(
                en: "Add materials to modules and list them by module, class or delegate.",
                vi: "Thêm tài liệu cho các chuyên đề và liệt kê tài liệu theo chuyên đề, lớp hoặc đại biểu."),
            subcommands: [Add.self, List.self]
        )
    }
}
