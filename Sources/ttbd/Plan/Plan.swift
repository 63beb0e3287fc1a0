import ArgumentParser

extension TTBD {
    /// `ttbd plan …`: planning a whole term at once.
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Plan a term's training: form, fill and schedule classes.",
            subcommands: [Induction.self]
        )
    }
}
