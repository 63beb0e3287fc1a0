import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Lecturers {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List lecturers, sorted by given name, middle name, family name.",
                vi: "Liệt kê giảng viên, xếp theo tên, tên đệm, rồi đến họ."),
            discussion: inLanguage(
                en: "--search ignores accents and case: 'tran thi hoa' finds 'Trần Thị Hoa'.",
                vi: """
                    --search không phân biệt có dấu hay không dấu, chữ hoa hay chữ thường: 'tran thi hoa' tìm được \
                    'Trần Thị Hoa'.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: .inLanguage(
                en: "Only those who teach this module.",
                vi: "Chỉ những giảng viên dạy chuyên đề này."))
        var module: String?

        @Option(
            help: .inLanguage(
                en: "Part of the name, with or without accents.",
                vi: "Một phần của họ tên, có dấu hoặc không dấu."))
        var search: String?

        @OptionGroup var output: ListOutput

        func run() async throws {
            let lecturers = try await database.withDatabase {
                try await $0.resources.lecturers(module: module, search: search)
            }
            try output.print(lecturers, columns: Self.columns, title: "Danh sách giảng viên", noun: "lecturer")
        }

        static let columns: [ListColumn<Lecturer>] = [
            ListColumn("Mã", csv: "code") { $0.code },
            ListColumn("Họ và tên", csv: "full_name") { $0.fullName },
            ListColumn("Cơ quan công tác", csv: "organisation") { $0.organisation ?? "" },
            ListColumn("Tỉnh", csv: "home_province") { $0.homeProvince ?? "" },
            ListColumn("Chuyên đề", csv: "modules") { $0.modules.joined(separator: ",") },
            ListColumn("Email", csv: "email") { $0.email ?? "" },
            ListColumn("Điện thoại", csv: "phone") { $0.phone ?? "" },
        ]
    }
}
