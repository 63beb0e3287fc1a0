import ArgumentParser

extension TTBD {
    /// `ttbd catalog …`: the term's training framework from `course-catalog/`.
    struct Catalog: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: "Validate and import the course catalog (curricula, modules, materials, reference data).",
            subcommands: [Validate.self, Import.self]
        )
    }
}
