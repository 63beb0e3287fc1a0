import ArgumentParser

extension TTBD {
    /// `ttbd classes …`: the classes (lớp bồi dưỡng) that deliver the programs.
    struct Classes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "classes",
            abstract: "Open, list and show classes.",
            subcommands: [Create.self, List.self, Show.self]
        )
    }
}
