import ArgumentParser

extension TTBD {
    /// `ttbd materials …`: tài liệu, the handbooks, slides, links and files of modules.
    struct Materials: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "materials",
            abstract: "Add materials to modules and list them by module, class or delegate.",
            subcommands: [Add.self, List.self]
        )
    }
}
