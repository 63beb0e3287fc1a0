import ArgumentParser

extension TTBD.Rooms {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add or update rooms from a CSV, by venue and code, all or nothing.",
            discussion: """
                Columns (English or Vietnamese header, any order): venue, code, name, capacity, zone, online. \
                Any bad cell means nothing is written (exit 65).
                """)

        @OptionGroup var sheet: SheetImportOptions

        func run() async throws {
            try await sheet.run(.rooms)
        }
    }
}
