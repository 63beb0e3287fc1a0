import ArgumentParser

extension TTBD {
    /// `ttbd rooms …`: the rooms of each venue, named `VENUE/ROOM`.
    struct Rooms: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rooms",
            abstract: "Add, import and list the rooms of venues, and their closures.",
            subcommands: [Add.self, Import.self, List.self, Closed.self])
    }
}
