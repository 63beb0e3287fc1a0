import ArgumentParser

extension TTBD {
    /// `ttbd sessions …`: buổi học placed by hand; the planner leaves them where staff put them.
    struct Sessions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sessions",
            abstract: inLanguage(
                en: "Add, move, cancel and list the sessions of a class.",
                vi: "Thêm, dời, hủy và liệt kê các buổi học của một lớp."),
            subcommands: [Add.self, Move.self, Cancel.self, List.self])
    }
}
