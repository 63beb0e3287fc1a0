import ArgumentParser
import TrainingModel

extension TTBD.Me {
    /// `ttbd me materials`: the materials of the delegate's classes, as `materials list --delegate` shows them.
    struct Materials: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "materials", abstract: "List the materials of the classes you are in.")

        @OptionGroup var service: ServiceOptions

        @Option(help: "table, json or csv.")
        var format: ListFormat = .table

        func run() async throws {
            try await service.printList(
                "/v1/me/materials", format: format, columns: TTBD.Materials.List.columns, noun: "material")
        }
    }
}
