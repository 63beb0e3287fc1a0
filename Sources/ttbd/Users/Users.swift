import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD {
    /// `ttbd users …`: the accounts of people who use the service.
    struct Users: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "users",
            abstract: "Add and list the accounts of the people who use the service.",
            subcommands: [Add.self, List.self, Password.self])
    }
}

extension AccountRole: ExpressibleByArgument {}
