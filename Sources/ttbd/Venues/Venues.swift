import ArgumentParser

extension TTBD {
    /// `ttbd venues …`: the places classes meet, with their clocks.
    struct Venues: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "venues",
            abstract: inLanguage(
                en: "Add, import and list venues (địa điểm).", vi: "Thêm, nhập và liệt kê các địa điểm."),
            subcommands: [Add.self, Import.self, List.self])
    }
}
