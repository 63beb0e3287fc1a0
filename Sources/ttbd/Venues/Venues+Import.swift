import ArgumentParser

extension TTBD.Venues {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add or update venues from a CSV, by code, all or nothing.",
            discussion: """
                Columns (English or Vietnamese header, any order): code, name, province, address, time_zone, \
                morning, afternoon, online. Any bad cell means nothing is written (exit 65).
                """)

        @OptionGroup var sheet: SheetImportOptions

        func run() async throws {
            try await sheet.run(.venues)
        }
    }
}
