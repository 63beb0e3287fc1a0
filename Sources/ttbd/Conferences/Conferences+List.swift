import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Conferences {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(en: "List conferences, by first day.", vi: "Liệt kê các hội nghị, theo ngày bắt đầu."))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "Only this region's, e.g. DBSH.", vi: "Chỉ hội nghị của vùng này, ví dụ DBSH."))
        var region: String?

        @OptionGroup var output: ListOutput

        func run() async throws {
            let conferences = try await database.withDatabase { try await $0.conferences.conferences(region: region) }
            try output.print(
                conferences, columns: Self.columns, title: "Danh sách hội nghị", noun: "conference")
        }

        static let columns: [ListColumn<ConferenceSummary>] = [
            ListColumn("Mã hội nghị", csv: "code") { $0.code },
            ListColumn("Tên", csv: "title") { $0.title },
            ListColumn("Vùng", csv: "region", { $0.regionName }, csvCell: { $0.regionCode }),
            ListColumn("Tỉnh đăng cai", csv: "host", { $0.hostProvinceName }, csvCell: { $0.hostProvinceCode }),
            ListColumn("Nơi tổ chức", csv: "venue") { $0.venue },
            ListColumn("Từ ngày", csv: "starts_on", as: .date) { $0.startsOn },
            ListColumn("Đến ngày", csv: "ends_on", as: .date) { $0.endsOn },
            ListColumn("Cơ quan được mời", csv: "bodies_invited", as: .number) { String($0.bodiesInvited) },
            ListColumn("Đại biểu đăng ký", csv: "registered", as: .number) { String($0.delegatesRegistered) },
        ]
    }
}
