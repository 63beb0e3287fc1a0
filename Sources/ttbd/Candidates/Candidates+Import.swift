import ArgumentParser

extension TTBD.Candidates {
    struct Import: AsyncParsableCommand, RosterFileImport {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: """
                    Import candidates (CSV or .xlsx): add new ones and update changed ones, by code, all or nothing.
                    """,
                vi: """
                    Nhập danh sách người ứng cử (CSV hoặc .xlsx): thêm người mới và cập nhật người có thay đổi, theo \
                    mã, nhập tất cả hoặc không nhập gì.
                    """),
            discussion: inLanguage(
                en: """
                    The columns of a delegate roster (see ttbd delegates import --help); body is the body the person \
                    stands for, and first_time and full_time, if present, are empty or false. A code or a national id \
                    that a delegate already has is refused at its line (a delegate's national id belongs to them \
                    unless the candidate is linked to them); any invalid row means nothing is written (exit 65).
                    """,
                vi: """
                    Các cột như danh sách đại biểu (xem ttbd delegates import --help); body là cơ quan dân cử mà người \
                    đó ứng cử, còn first_time và full_time, nếu có, phải để trống hoặc false. Mã hoặc số CCCD đã thuộc \
                    về một đại biểu bị từ chối tại dòng của nó (số CCCD của đại biểu là của riêng đại biểu đó, trừ \
                    khi người ứng cử đã được liên kết với đại biểu này); chỉ cần một dòng không hợp lệ là không ghi \
                    gì (mã thoát 65).
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The candidates: CSV (UTF-8; comma or semicolon) or an .xlsx workbook.",
                vi: """
                    Danh sách người ứng cử: tệp CSV (UTF-8; phân cách bằng dấu phẩy hoặc dấu chấm phẩy) hoặc sổ tính \
                    .xlsx.
                    """))
        var file: String

        @OptionGroup var options: RosterImportOptions

        func run() async throws {
            try await importFile(standing: .candidate)
        }
    }
}
