import ArgumentParser
import Foundation
import Spreadsheets
import TrainingImport
import TrainingModel
import TrainingOperations
import TrainingStore

extension TTBD.Attendance {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: inLanguage(
                en: "Mark delegates present or late from a check-in log, all or nothing.",
                vi: "Điểm danh có mặt hoặc đi muộn theo nhật ký giờ đến (check-in), ghi tất cả hoặc không ghi gì."),
            discussion: inLanguage(
                en: """
                    Columns: code (Mã đại biểu) and time (Thời gian) as YYYY-MM-DD HH:MM at the venue or ISO 8601 with \
                    an offset. Present when checked in by the session's start plus --grace minutes, late after. \
                    Without --session each check-in goes to the delegate's own session containing the time or starting \
                    within the hour after it. A check-in never lowers a mark. Any bad row: exit 65, each problem as \
                    file:line:column, nothing written.
                    """,
                vi: """
                    Các cột: code (Mã đại biểu) và time (Thời gian), viết YYYY-MM-DD HH:MM theo giờ địa phương của địa \
                    điểm hoặc ISO 8601 kèm độ lệch múi giờ. Đến không muộn hơn giờ bắt đầu buổi học cộng thêm --grace \
                    phút thì ghi có mặt, muộn hơn thì ghi đi muộn. Không có --session thì mỗi lượt check-in được tính \
                    cho buổi học của chính đại biểu đó đang diễn ra vào thời điểm ấy hoặc bắt đầu trong vòng một giờ \
                    sau thời điểm ấy. Một lượt check-in không bao giờ hạ mức điểm danh đã ghi. Có dòng sai: mã thoát \
                    65, mỗi lỗi báo dạng file:line:column (tệp:dòng:cột), không ghi gì.
                    """))

        @OptionGroup var database: DatabaseOptions

        @Argument(
            help: .inLanguage(
                en: "The check-in log: CSV (UTF-8) or an .xlsx workbook.",
                vi: "Nhật ký giờ đến: tệp CSV (UTF-8) hoặc sổ tính .xlsx."))
        var file: String

        @OptionGroup var sheet: SheetOption

        @Option(
            help: .inLanguage(
                en: "Every check-in is for this session.",
                vi: "Mọi lượt check-in đều tính cho buổi học này."))
        var session: Int?

        @Option(
            help: .inLanguage(
                en: "Minutes after the start a check-in still counts as present.",
                vi: "Số phút sau giờ bắt đầu mà lượt check-in vẫn được tính là có mặt."))
        var grace = 10

        @Option(help: .inLanguage(en: "text or json.", vi: "text (văn bản) hoặc json."))
        var format: OutputFormat = .text

        func validate() throws {
            if grace < 0 { throw ValidationError(localized("--grace must be 0 or more minutes, got \(grace)")) }
        }

        func run() async throws {
            let table = try TableData(path: file, sheet: sheet.sheet, expected: "a check-in log (CSV or .xlsx)")
            let (file, session, grace) = (file, session, grace)
            let result = try await table.reading { data in
                let log = try CheckInLogReader(file: file).read(data)
                return try await database.withOperations {
                    try await $0.importCheckIns(log, file: file, session: session, graceMinutes: grace)
                }
            }
            switch format {
            case .json: try OutputFormat.printJSON(result)
            case .text:
                let changes = result.changes
                let checkIns: Message =
                    result.checkIns == 1
                    ? "\(number: result.checkIns) check-in" : "\(number: result.checkIns) check-ins"
                let sessions: Message =
                    result.sessions == 1 ? "\(number: result.sessions) session" : "\(number: result.sessions) sessions"
                print(
                    localized(
                        "Imported \(file): \(checkIns) at \(sessions), \(number: result.present) present and "
                            + "\(number: result.late) late; marks: \(number: changes.added) new, "
                            + "\(number: changes.changed) changed, \(number: changes.unchanged) unchanged."))
            }
        }
    }
}
