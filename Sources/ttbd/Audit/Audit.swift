import ArgumentParser

extension TTBD {
    /// `ttbd audit …`: the append-only trail of who changed what.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: inLanguage(
                en: """
                    Read the audit trail: who changed which delegate, class, enrollment, session, resource or catalog \
                    entry.
                    """,
                vi: """
                    Xem nhật ký thay đổi: ai đã thay đổi đại biểu, lớp, việc ghi danh, buổi học, địa điểm, phòng, \
                    giảng viên hay mục danh mục nào.
                    """),
            subcommands: [List.self]
        )
    }
}
