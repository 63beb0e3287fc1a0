import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Rooms {
    struct Closed: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "closed",
            abstract: inLanguage(
                en: "Record a period a room is closed, or list its closures.",
                vi: "Ghi nhận một khoảng thời gian phòng không sử dụng được, hoặc liệt kê các khoảng thời gian đó."),
            discussion: inLanguage(
                en: """
                    With --from and --to, adds a closure in the venue's time: a day alone means the whole day. \
                    Without them, lists the room's closures. Sessions cannot be placed in a closed room.
                    """,
                vi: """
                    Với --from và --to, thêm một khoảng thời gian phòng không sử dụng được, theo giờ của địa điểm: \
                    chỉ ghi ngày thì hiểu là cả ngày. Không có hai tùy chọn này thì liệt kê các khoảng thời gian \
                    phòng không sử dụng được. Không thể xếp buổi học vào phòng trong những khoảng thời gian đó.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The room, as venue and room codes, such as HN/P1.",
                vi: "Phòng, ghi bằng mã địa điểm và mã phòng, như HN/P1.", valueName: "VENUE/ROOM"))
        var room: RoomName

        @OptionGroup var period: PeriodOptions

        func run() async throws {
            try await period.run(for: room.owner, saying: "Room \(room.text) is closed", database: database)
        }
    }
}

/// A room named on the command line as `VENUE/ROOM`; anything else is a usage error.
struct RoomName: ExpressibleByArgument {
    var text: String
    var owner: UnavailabilityOwner

    init?(argument: String) {
        guard let owner = UnavailabilityOwner.room(named: argument) else { return nil }
        self.text = argument
        self.owner = owner
    }
}
