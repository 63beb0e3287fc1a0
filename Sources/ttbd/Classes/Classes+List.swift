import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Classes {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List classes, by first day.",
                vi: "Liệt kê các lớp, theo ngày bắt đầu."))

        @OptionGroup var database: DatabaseOptions

        @Option(
            help: .inLanguage(
                en: "Only the classes of this program, e.g. CT-B.",
                vi: "Chỉ các lớp của chương trình này, ví dụ CT-B."))
        var curriculum: String?

        @Option(
            help: .inLanguage(
                en: "planned, open, running, closed or cancelled.",
                vi: """
                    planned (dự kiến), open (đã mở), running (đang học), closed (đã kết thúc) hoặc cancelled (đã hủy).
                    """))
        var status: String?

        @OptionGroup var output: ListOutput

        static let statuses = ["planned", "open", "running", "closed", "cancelled"]

        func validate() throws {
            if let status, !Self.statuses.contains(status) {
                throw ValidationError(
                    localized("--status '\(status)': expected one of \(Self.statuses.joined(separator: ", "))"))
            }
        }

        func run() async throws {
            let classes = try await database.withDatabase {
                try await $0.classes.classes(program: curriculum, status: status)
            }
            try output.print(classes, columns: Self.columns, title: "Danh sách lớp", noun: "class", plural: "classes")
        }

        static let columns: [ListColumn<ClassSummary>] = [
            ListColumn("Mã lớp", csv: "code") { $0.code },
            ListColumn("Chương trình", csv: "program") { $0.program },
            ListColumn("Địa điểm", csv: "venue", { $0.venue ?? "trực tuyến" }, csvCell: { $0.venue ?? "" }),
            ListColumn("Từ ngày", csv: "starts_on", as: .date) { $0.startsOn },
            ListColumn("Đến ngày", csv: "ends_on", as: .date) { $0.endsOn },
            ListColumn("Số chỗ", csv: "capacity", as: .number) { String($0.capacity) },
            ListColumn("Đã ghi danh", csv: "enrolled", as: .number) { String($0.enrolled) },
            ListColumn("Danh sách chờ", csv: "waitlisted", as: .number) { String($0.waitlisted) },
            ListColumn("Trạng thái", csv: "status") { $0.status },
        ]
    }
}
