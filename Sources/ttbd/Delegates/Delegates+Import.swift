import ArgumentParser

extension TTBD.Delegates {
    struct Import: AsyncParsableCommand, RosterFileImport {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: """
                    Import a roster (CSV or .xlsx): add new delegates and update changed ones, by code, all or \
                    nothing.
                    """,
                vi: """
                    Nhập danh sách đại biểu (CSV hoặc .xlsx): thêm đại biểu mới và cập nhật đại biểu có thay đổi, theo \
                    mã, nhập tất cả hoặc không nhập gì.
                    """),
            discussion: inLanguage(
                en: """
                    Columns (English or Vietnamese header, any order): code, full_name, gender, birth_date, \
                    national_id, phone, email, body, province_code, commune_code, term, first_time, full_time, \
                    position. Only code, full_name, body and term are required. A delegate already stored keeps every \
                    field the file has no column for; an empty cell in a column the file has clears that field. Any \
                    invalid row means nothing is written (exit 65). --dry-run lists every field that would change \
                    (T001 first_time: true → false); --format csv gives that list as CSV.
                    """,
                vi: """
                    Các cột (tiêu đề tiếng Anh hoặc tiếng Việt, thứ tự tùy ý): code, full_name, gender, birth_date, \
                    national_id, phone, email, body, province_code, commune_code, term, first_time, full_time, \
                    position. Chỉ code, full_name, body và term là bắt buộc. Đại biểu đã có trong cơ sở dữ liệu giữ \
                    nguyên mọi trường mà tệp không có cột; ô trống ở một cột có trong tệp thì xóa trường đó. Chỉ cần \
                    một dòng không hợp lệ là không ghi gì (mã thoát 65). --dry-run liệt kê mọi trường sẽ thay đổi \
                    (T001 first_time: true → false); --format csv xuất danh sách đó dạng CSV.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The roster: CSV (UTF-8; comma or semicolon) or an .xlsx workbook.",
                vi: """
                    Danh sách đại biểu: tệp CSV (UTF-8; phân cách bằng dấu phẩy hoặc dấu chấm phẩy) hoặc sổ tính \
                    .xlsx.
                    """))
        var file: String

        @OptionGroup var options: RosterImportOptions

        func run() async throws {
            try await importFile(standing: .delegate)
        }
    }
}
