import ArgumentParser

extension TTBD.Rooms {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: "Add or update rooms from a CSV or an .xlsx workbook, by venue and code, all or nothing.",
                vi: """
                    Thêm hoặc cập nhật phòng từ một tệp CSV hoặc sổ tính .xlsx, theo mã địa điểm và mã phòng; ghi tất \
                    cả hoặc không ghi gì.
                    """),
            discussion: inLanguage(
                en: """
                    Columns (English or Vietnamese header, any order): venue, code, name, capacity, zone, online. \
                    Any bad cell means nothing is written (exit 65).
                    """,
                vi: """
                    Các cột (tiêu đề tiếng Anh hoặc tiếng Việt, theo thứ tự bất kỳ): venue, code, name, capacity, \
                    zone, online. Chỉ cần một ô sai là không ghi gì (mã thoát 65).
                    """))

        @OptionGroup var sheet: SheetImportOptions

        func run() async throws {
            try await sheet.run(.rooms)
        }
    }
}
