import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Venues {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(en: "List venues by code.", vi: "Liệt kê các địa điểm, xếp theo mã."))

        @OptionGroup var database: DatabaseOptions

        @OptionGroup var output: ListOutput

        func run() async throws {
            let venues = try await database.withDatabase { try await $0.resources.venues() }
            try output.print(venues, columns: Self.columns, title: "Danh sách cơ sở đào tạo", noun: "venue")
        }

        static let columns: [ListColumn<Venue>] = [
            ListColumn("Mã", csv: "code") { $0.code },
            ListColumn("Tên", csv: "name") { $0.name },
            ListColumn("Tỉnh", csv: "province") { $0.provinceCode ?? "" },
            ListColumn("Địa chỉ", csv: "address") { $0.address ?? "" },
            ListColumn("Múi giờ", csv: "time_zone") { $0.timeZone },
            ListColumn(
                "Sáng", csv: "morning", { $0.morning.description }, csvCell: { "\($0.morning.start)-\($0.morning.end)" }
            ),
            ListColumn(
                "Chiều", csv: "afternoon", { $0.afternoon.description },
                csvCell: { "\($0.afternoon.start)-\($0.afternoon.end)" }),
            ListColumn("Trực tuyến", csv: "online", { $0.online ? "x" : "" }, csvCell: { String($0.online) }),
        ]
    }
}
