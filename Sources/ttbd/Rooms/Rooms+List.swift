import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Rooms {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List rooms by venue and code.", vi: "Liệt kê các phòng, xếp theo địa điểm và mã phòng."))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "Only the rooms of this venue.", vi: "Chỉ các phòng của địa điểm này."))
        var venue: String?

        @OptionGroup var output: ListOutput

        func run() async throws {
            let rooms = try await database.withDatabase { try await $0.resources.rooms(venue: venue) }
            try output.print(rooms, columns: Self.columns, title: "Danh sách phòng học", noun: "room")
        }

        static let columns: [ListColumn<Room>] = [
            ListColumn("Địa điểm", csv: "venue") { $0.venueCode },
            ListColumn("Mã", csv: "code") { $0.code },
            ListColumn("Tên", csv: "name") { $0.name },
            ListColumn("Sức chứa", csv: "capacity", as: .number) { String($0.capacity) },
            ListColumn("Khu vực", csv: "zone") { $0.zone ?? "" },
            ListColumn("Trực tuyến", csv: "online", { $0.online ? "x" : "" }, csvCell: { String($0.online) }),
        ]
    }
}
