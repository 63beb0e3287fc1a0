import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Lecturers {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List lecturers, sorted by given name, middle name, family name.",
            discussion: "--search ignores accents and case: 'tran thi hoa' finds 'Trần Thị Hoa'.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only those who teach this module.")
        var module: String?

        @Option(help: "Part of the name, with or without accents.")
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
