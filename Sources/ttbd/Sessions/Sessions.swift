import ArgumentParser

extension TTBD {
    /// `ttbd sessions …`: buổi học placed by hand; the planner leaves them where staff put them.
    struct Sessions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sessions",
            abstract: "Add, move, cancel and list the sessions of a class.",
            subcommands: [Add.self, Move.self, Cancel.self, List.self])
    }
}
