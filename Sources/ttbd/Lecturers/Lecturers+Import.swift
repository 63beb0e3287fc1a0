import ArgumentParser

extension TTBD.Lecturers {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add or update lecturers and the modules they teach from a CSV, by code, all or nothing.",
            discussion: """
                Columns (English or Vietnamese header, any order): code, full_name, organisation, home_province, \
                modules (e.g. "A01,A02"), email, phone. A lecturer's modules become exactly those listed. Any bad \
                cell means nothing is written (exit 65).
                """)

        @OptionGroup var sheet: SheetImportOptions

        func run() async throws {
            try await sheet.run(.lecturers)
        }
    }
}
