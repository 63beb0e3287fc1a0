import ArgumentParser
import Foundation
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Classes {
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: inLanguage(
                en: "Change a class's window, capacity or place.",
                vi: "Thay đổi thời gian, số chỗ hoặc nơi học của một lớp."),
            discussion: inLanguage(
                en: """
                    Refused (exit 65, nothing written) when a session would fall outside the new window, when fewer \
                    seats than delegates seated are asked for, or when sessions have rooms at the old place. Raising \
                    the capacity seats the first wait-listed delegates at once.
                    """,
                vi: """
                    Bị từ chối (mã thoát 65, không ghi gì) khi có buổi học nằm ngoài thời gian mới, khi số chỗ yêu cầu \
                    ít hơn số đại biểu đã có chỗ, hoặc khi có buổi học đã xếp phòng ở nơi học cũ. Tăng số chỗ thì các \
                    đại biểu đứng đầu danh sách chờ được nhận chỗ ngay.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var code: String

        @Option(help: .inLanguage(en: "The first day.", vi: "Ngày bắt đầu.", valueName: "YYYY-MM-DD"))
        var from: String?

        @Option(help: .inLanguage(en: "The last day.", vi: "Ngày kết thúc.", valueName: "YYYY-MM-DD"))
        var to: String?

        @Option(help: .inLanguage(en: "How many delegates get a seat.", vi: "Số đại biểu được nhận chỗ."))
        var capacity: Int?

        @Option(help: .inLanguage(en: "Move it to this venue.", vi: "Chuyển lớp đến địa điểm này."))
        var venue: String?

        @Flag(
            help: .inLanguage(
                en: "Hold it online, at no venue.",
                vi: "Chuyển sang học trực tuyến, không có địa điểm."))
        var online = false

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            _ = try edit()
        }

        /// The change the options describe, or the usage error that says what is wrong with them.
        func edit() throws -> ClassEdit {
            if venue != nil && online { throw ValidationError(localized("give --venue CODE or --online, not both")) }
            if let capacity, capacity <= 0 {
                throw ValidationError(localized("--capacity must be positive, got \(capacity)"))
            }
            let edit = ClassEdit(
                startsOn: try CalendarDate.argument(from, "--from"), endsOn: try CalendarDate.argument(to, "--to"),
                capacity: capacity, place: online ? .online : venue.map { .venue($0) })
            if edit.startsOn == nil && edit.endsOn == nil && edit.capacity == nil && edit.place == nil {
                throw ValidationError(localized("say what to change: --from, --to, --capacity, --venue or --online"))
            }
            return edit
        }

        func run() async throws {
            let edit = try edit()
            let edited = try await database.withOperations { [code] in try await $0.editClass(code: code, edit) }
            switch format {
            case .json: try OutputFormat.printJSON(edited)
            case .text:
                let place: Message = edited.venue.map { "\($0)" } ?? "online"
                print(
                    localized(
                        "Class \(edited.code): \(day: edited.startsOn)…\(day: edited.endsOn), \(place), "
                            + "\(number: edited.enrolled)/\(number: edited.capacity) seated, "
                            + "\(number: edited.waitlisted) waiting."))
            }
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel",
            abstract: inLanguage(
                en: "Cancel a class: its sessions cancelled (feeds show them so), its delegates withdrawn.",
                vi: """
                    Hủy một lớp: các buổi học của lớp bị hủy (nguồn lịch cũng ghi là đã hủy), các đại biểu được \
                    rút khỏi lớp.
                    """),
            discussion: inLanguage(
                en: """
                    Refused when attendance was taken, unless --force (the audit trail records who forced it). The \
                    reason is kept with the class.
                    """,
                vi: """
                    Bị từ chối khi lớp đã có điểm danh, trừ khi có --force (nhật ký thay đổi ghi lại ai đã buộc hủy). \
                    Lý do được lưu cùng lớp.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var code: String

        @Option(help: .inLanguage(en: "Why it is cancelled (required).", vi: "Lý do hủy (bắt buộc)."))
        var reason: String

        @Flag(help: .inLanguage(en: "Cancel even though attendance was taken.", vi: "Vẫn hủy dù lớp đã có điểm danh."))
        var force = false

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(localized("--reason must say why the class is cancelled"))
            }
        }

        func run() async throws {
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            let cancelled = try await database.withOperations { [code, force] in
                try await $0.cancelClass(code: code, reason: reason, force: force)
            }
            switch format {
            case .json: try OutputFormat.printJSON(cancelled)
            case .text:
                print(
                    localized(
                        "Cancelled \(cancelled.classCode) (\(cancelled.reason)): "
                            + "\(number: cancelled.sessionsCancelled) sessions cancelled, "
                            + "\(number: cancelled.delegatesWithdrawn) delegates withdrawn."))
            }
        }
    }
}
