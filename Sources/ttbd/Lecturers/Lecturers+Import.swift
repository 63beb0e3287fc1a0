import ArgumentParser

extension TTBD.Lecturers {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: """
                    Add or update lecturers and the modules they teach from a CSV or an .xlsx workbook, by code, all or \
                    nothing.
                    """,
                vi: """
                    Thêm hoặc cập nhật giảng viên và các chuyên đề họ dạy từ tệp CSV hoặc sổ tính .xlsx, theo mã, nhập \
                    tất cả hoặc không nhập gì.
                    """),
            discussion: inLanguage(
                en: """
                    Columns (English or Vietnamese header, any order): code, full_name, organisation, home_province, \
                    modules (e.g. "A01,A02"), email, phone. A lecturer's modules become exactly those listed. Any bad \
                    cell means nothing is written (exit 65).
                    """,
                vi: """
                    Các cột (tiêu đề tiếng Anh hoặc tiếng Việt, thứ tự tùy ý): code, full_name, organisation, \
                    home_province, modules (ví dụ "A01,A02"), email, phone. Các chuyên đề của giảng viên được đặt đúng \
                    theo danh sách trong tệp. Chỉ cần một ô sai là không ghi gì (mã thoát 65).
                    """))

        @OptionGroup var sheet: SheetImportOptions

        func run() async throws {
            try await sheet.run(.lecturers)
        }
    }
}
