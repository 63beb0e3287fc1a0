import ArgumentParser
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Sessions {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: inLanguage(
                en: "Add a session by hand (pinned: the planner leaves it where it is).",
                vi: "Thêm một buổi học thủ công (buổi học được cố định: khi xếp lịch, buổi học được giữ nguyên)."),
            discussion: inLanguage(
                en: """
                    Times are the local time of the class's venue (Asia/Ho_Chi_Minh and 07:30-11:30, 13:30-17:00 for \
                    an online class). Refused (exit 65) when the class does not teach the module, the day is outside \
                    the class's dates or a public holiday, the room is not the venue's or is closed, a lecturer does \
                    not teach the module or is unavailable, or the room, a lecturer or the cohort is already booked.
                    """,
                vi: """
                    Giờ là giờ địa phương của địa điểm học của lớp (với lớp trực tuyến: Asia/Ho_Chi_Minh và \
                    07:30-11:30, 13:30-17:00). Bị từ chối (mã thoát 65) khi lớp không dạy chuyên đề này, ngày học \
                    nằm ngoài thời gian của lớp hoặc là ngày lễ, phòng không thuộc địa điểm hoặc không sử dụng được \
                    vào lúc đó, một giảng viên không dạy chuyên đề này hoặc có lịch bận, hoặc phòng, một giảng viên \
                    hay nhóm đã có lịch vào lúc đó.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Option(name: .customLong("class"), help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var classCode: String

        @Option(
            help: .inLanguage(
                en: "The cohort, e.g. N1 (default: the class's only cohort).",
                vi: "Nhóm, ví dụ N1 (mặc định: nhóm duy nhất của lớp)."))
        var cohort: String?

        @Option(help: .inLanguage(en: "The module taught, e.g. B01.", vi: "Chuyên đề được dạy, ví dụ B01."))
        var module: String

        @Option(help: .inLanguage(en: "The day, YYYY-MM-DD.", vi: "Ngày học, YYYY-MM-DD."))
        var date: String

        @OptionGroup var time: SessionTimeOptions

        @Option(
            help: .inLanguage(
                en: "A room of the class's venue, e.g. P1.", vi: "Một phòng của địa điểm học của lớp, ví dụ P1."))
        var room: String?

        @Option(help: .inLanguage(en: "Lecturer codes, e.g. GV1,GV2.", vi: "Mã giảng viên, ví dụ GV1,GV2."))
        var lecturer: String?

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            guard try time.times() != nil else { throw ValidationError(localized("give --slot, or --from and --to")) }
            _ = try CalendarDate.argument(date, "--date")
            _ = try ResourceArgument.codes(lecturer, "--lecturer")
        }

        func run() async throws {
            guard let times = try time.times(), let date = try CalendarDate.argument(date, "--date") else { return }
            let request = SessionRequest(
                classCode: classCode, cohortCode: cohort, moduleCode: module, date: date, times: times,
                roomCode: room, lecturerCodes: try ResourceArgument.codes(lecturer, "--lecturer"))
            let record = try await database.withOperations { try await $0.addSession(request) }
            try SessionRecord.show(record, format: format) { "Added \($0.wording)." }
        }
    }
}

extension SessionRecord {
    /// The record as JSON, or the sentence `text` makes of it.
    static func show(_ record: SessionRecord, format: OutputFormat, _ text: (SessionRecord) -> Message) throws {
        switch format {
        case .json: try OutputFormat.printJSON(record)
        case .text: Swift.print(localized(text(record)))
        }
    }
}
