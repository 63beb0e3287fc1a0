import ArgumentParser

extension TTBD {
    /// `ttbd venues …`: the places classes meet, with their clocks.
    struct Venues: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "venues",
            abstract: "Add, import and list venues (địa điểm).", subcommands: [Add.self, Import.self, List.self])
    }
}
