import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Rooms {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: inLanguage(en: "Add a room to a venue.", vi: "Thêm một phòng vào một địa điểm."))

        @OptionGroup var database: DatabaseOptions

        @Option(help: .inLanguage(en: "The venue's code.", vi: "Mã địa điểm."))
        var venue: String

        @Option(
            help: .inLanguage(
                en: "The room's code within its venue, e.g. P1.", vi: "Mã phòng trong địa điểm, ví dụ P1."))
        var code: String

        @Option(help: .inLanguage(en: "Its name, e.g. 'Phòng 101'.", vi: "Tên phòng, ví dụ 'Phòng 101'."))
        var name: String

        @Option(help: .inLanguage(en: "Seats.", vi: "Số chỗ ngồi."))
        var capacity: Int

        @Option(
            help: .inLanguage(
                en: "Where in the venue, e.g. 'Nhà A, tầng 2'.", vi: "Vị trí trong địa điểm, ví dụ 'Nhà A, tầng 2'."))
        var zone: String?

        @Flag(
            help: .inLanguage(
                en: "An online room (a meeting link rather than a place).",
                vi: "Phòng trực tuyến (một đường liên kết họp trực tuyến, không phải một nơi cụ thể)."))
        var online = false

        func validate() throws {
            _ = try ResourceArgument.code(venue, "--venue")
            _ = try ResourceArgument.code(code, "--code")
            if capacity <= 0 { throw ValidationError(localized("--capacity must be above 0, got \(capacity)")) }
        }

        func run() async throws {
            let room = Room(venueCode: venue, code: code, name: name, capacity: capacity, zone: zone, online: online)
            _ = try await database.withOperations { try await $0.saveRooms([room], updating: false) }
            print(localized("Added room \(room.qualifiedCode) (\(room.name)), \(number: room.capacity) seats."))
        }
    }
}
