import ArgumentParser

extension TTBD {
    /// `ttbd candidates …`: people standing for election, trained before they are delegates (program CT-D).
    struct Candidates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "candidates",
            abstract: inLanguage(
                en: """
                    Register, list and show candidates for election (not yet delegates), and link an elected one to \
                    their delegate record.
                    """,
                vi: """
                    Đăng ký, liệt kê và xem thông tin người ứng cử (chưa phải đại biểu), và liên kết người đã trúng cử \
                    với hồ sơ đại biểu của họ.
                    """),
            discussion: inLanguage(
                en: """
                    A candidate enrolls, attends and is certified as a delegate does, but only in programs whose \
                    audience names candidate (CT-D), and is no delegate in lists, reports or the induction.
                    """,
                vi: """
                    Người ứng cử được ghi danh, điểm danh và cấp giấy chứng nhận như đại biểu, nhưng chỉ vào các \
                    chương trình có đối tượng là candidate (CT-D), và không được tính là đại biểu trong danh sách, báo \
                    cáo hay kế hoạch bồi dưỡng đầu nhiệm kỳ.
                    """),
            subcommands: [Import.self, Add.self, List.self, Show.self, Link.self]
        )
    }
}
