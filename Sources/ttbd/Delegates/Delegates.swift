import ArgumentParser

extension TTBD {
    /// `ttbd delegates …`: the roster of elected representatives.
    struct Delegates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delegates",
            abstract: "Import, search and show delegates.",
            subcommands: [Import.self, List.self, Show.self, History.self, Waive.self, Notify.self]
        )
    }
}
