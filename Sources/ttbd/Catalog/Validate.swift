import ArgumentParser

extension TTBD.Catalog {
    /// `ttbd catalog validate`: every check of an import, without a database.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check catalog files and write nothing; each problem as file:line:column: message (exit 65).")

        @OptionGroup var catalog: CatalogPaths

        func run() async throws {
            let (read, files) = try catalog.read()
            print("The catalog is valid: \(files.count) file\(files.count == 1 ? "" : "s"), \(read.summary).")
        }
    }
}
