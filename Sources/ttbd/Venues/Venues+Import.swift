import ArgumentParser

extension TTBD.Venues {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: "Add or update venues from a CSV or an .xlsx workbook, by code, all or nothing.",
                vi: """
                    Thêm hoặc cập nhật địa điểm từ một tệp CSV hoặc sổ tính .xlsx, theo mã; ghi tất cả hoặc không ghi \
                    gì.
                    """),
            discussion: inLanguage(
                en: """
                    Columns (English or Vietnamese header, any order): code, name, province, address, time_zone, \
                    morning, afternoon, online. Any bad cell means nothing is written (exit 65).
                    """,
                vi: """
                    Các cột (tiêu đề tiếng Anh hoặc tiếng Việt, theo thứ tự bất kỳ): code, name, province, address, \
                    time_zone, morning, afternoon, online. Chỉ cần một ô sai là không ghi gì (mã thoát 65).
                    """))

        @OptionGroup var sheet: SheetImportOptions

        func run() async throws {
            try await sheet.run(.venues)
        }
    }
}
