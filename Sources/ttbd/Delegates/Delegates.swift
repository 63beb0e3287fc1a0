import ArgumentParser

extension TTBD {
    /// `ttbd delegates …`: the roster of elected representatives.
    struct Delegates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delegates",
            abstract: inLanguage(
                en: """
                    Import, search and show delegates; show a delegate's history, set a program's rule aside for one, \
                    and choose how their notices reach them.
                    """,
                vi: """
                    Nhập, tìm kiếm và xem thông tin đại biểu; xem lịch sử của một đại biểu, miễn một điều kiện của \
                    chương trình cho một đại biểu, và chọn cách gửi thông báo đến đại biểu.
                    """),
            subcommands: [Import.self, List.self, Show.self, History.self, Waive.self, Notify.self]
        )
    }
}
