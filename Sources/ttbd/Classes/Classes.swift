import ArgumentParser

extension TTBD {
    /// `ttbd classes …`: the classes (lớp bồi dưỡng) that deliver the programs.
    struct Classes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "classes",
            abstract: inLanguage(
                en: "Open, list, show, edit and cancel classes, and reserve their seats.",
                vi: "Mở, liệt kê, xem, sửa và hủy lớp, và dành riêng chỗ của lớp."),
            subcommands: [
                Create.self, List.self, Show.self, Edit.self, Cancel.self, Reserve.self, Unreserve.self,
                Reservations.self,
            ]
        )
    }
}
