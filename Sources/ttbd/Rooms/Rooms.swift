import ArgumentParser

extension TTBD {
    /// `ttbd rooms …`: the rooms of each venue, named `VENUE/ROOM`.
    struct Rooms: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rooms",
            abstract: inLanguage(
                en: "Add, import and list the rooms of venues, and their closures.",
                vi: "Thêm, nhập và liệt kê các phòng của địa điểm, cùng thời gian phòng không sử dụng được."),
            subcommands: [Add.self, Import.self, List.self, Closed.self])
    }
}
