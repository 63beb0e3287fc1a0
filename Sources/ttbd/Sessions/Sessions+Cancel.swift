import ArgumentParser
import TrainingModel
import TrainingStore

extension TTBD.Sessions {
    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: inLanguage(
                en: "Cancel a planned session; its room, lecturers and cohort are free again then.",
                vi: "Hủy một buổi học đã xếp lịch; phòng, giảng viên và nhóm của buổi đó lại trống lịch vào lúc đó."))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The session's id (see `ttbd sessions list`).",
                vi: "Số hiệu (id) của buổi học (xem `ttbd sessions list`)."))
        var id: Int

        @Option(
            help: .inLanguage(
                en: "Why, for the people who expected it.", vi: "Lý do hủy, để báo cho những người đang chờ buổi học."))
        var reason: String?

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func run() async throws {
            let record = try await database.withOperations {
                try await $0.cancelSession(id: id, reason: reason)
            }
            try SessionRecord.show(record, format: format) { "Cancelled \($0.wording)." }
        }
    }
}
