import ArgumentParser

extension TTBD {
    /// `ttbd classes …`: the classes (lớp bồi dưỡng) that deliver the programs.
    struct Classes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "classes",
            abstract: "Open, list, show, edit and cancel classes.",
            subcommands: [Create.self, List.self, Show.self, Edit.self, Cancel.self]
        )
    }
}
