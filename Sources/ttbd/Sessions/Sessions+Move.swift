import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Sessions {
    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: inLanguage(
                en: "Move a planned session to another day, hours or room.",
                vi: "Dời một buổi học đã xếp lịch sang ngày, giờ hoặc phòng khác."),
            discussion: inLanguage(
                en: """
                    What is not given stays: the day, the hours, the room. Refused (exit 65) with the session in \
                    the way when the room, a lecturer or the cohort is already booked then.
                    """,
                vi: """
                    Những gì không nêu thì giữ nguyên: ngày, giờ, phòng. Bị từ chối (mã thoát 65), kèm buổi học gây \
                    trùng lịch, khi phòng, một giảng viên hoặc nhóm đã có lịch vào lúc đó.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The session's id (see `ttbd sessions list`).",
                vi: "Số hiệu (id) của buổi học (xem `ttbd sessions list`)."))
        var id: Int

        @Option(help: .inLanguage(en: "The new day, YYYY-MM-DD.", vi: "Ngày mới, YYYY-MM-DD."))
        var date: String?

        @OptionGroup var time: SessionTimeOptions

        @Option(
            help: .inLanguage(en: "Another room of the class's venue.", vi: "Một phòng khác của địa điểm học của lớp."))
        var room: String?

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            let day = try CalendarDate.argument(date, "--date")
            if day == nil, try time.times() == nil, room == nil {
                throw ValidationError(localized("say where to: --date, --slot or --from/--to, and/or --room"))
            }
        }

        func run() async throws {
            let move = SessionMove(
                date: try CalendarDate.argument(date, "--date"), times: try time.times(), roomCode: room)
            let (before, after) = try await database.withOperations { try await $0.moveSession(id: id, to: move) }
            try SessionRecord.show(after, format: format) { "Moved \(before.wording)\n   to \($0.wording)." }
        }
    }
}
