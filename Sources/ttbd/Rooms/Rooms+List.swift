import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Rooms {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List rooms by venue and code.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only the rooms of this venue.")
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
