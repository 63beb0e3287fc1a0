import ArgumentParser
import Spreadsheets
import TrainingModel
import TrainingStore

extension TTBD.Sessions {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: inLanguage(
                en: "List a class's sessions in time order, in the local time of its venue.",
                vi: "Liệt kê các buổi học của một lớp theo thứ tự thời gian, theo giờ địa phương của địa điểm học."))

        @OptionGroup var database: DatabaseOptions

        @Option(name: .customLong("class"), help: .inLanguage(en: "The class's code.", vi: "Mã lớp."))
        var classCode: String

        @Option(help: .inLanguage(en: "From this day, YYYY-MM-DD.", vi: "Từ ngày này, YYYY-MM-DD."))
        var from: String?

        @Option(help: .inLanguage(en: "Up to this day, YYYY-MM-DD.", vi: "Đến hết ngày này, YYYY-MM-DD."))
        var to: String?

        @OptionGroup var output: ListOutput

        func validate() throws {
            _ = try CalendarDate.argument(from, "--from")
            _ = try CalendarDate.argument(to, "--to")
        }

        func run() async throws {
            let from = try CalendarDate.argument(from, "--from")
            let to = try CalendarDate.argument(to, "--to")
            let sessions = try await database.withDatabase {
                try await $0.sessions.sessions(ofClass: classCode, from: from, to: to)
            }
            try output.print(sessions, columns: Self.columns, title: "Danh sách buổi học", noun: "session")
        }

        static let columns: [ListColumn<SessionRecord>] = [
            ListColumn("ID", csv: "id", as: .identifier) { String($0.id) },
            ListColumn("Nhóm", csv: "cohort") { $0.cohortCode },
            ListColumn("Chuyên đề", csv: "module") { $0.moduleCode },
            ListColumn("Ngày", csv: "date", as: .date) { $0.date },
            ListColumn("Buổi", csv: "half_day", { $0.halfDay.vietnamese }, csvCell: { $0.halfDay.rawValue }),
            ListColumn("Giờ", csv: "hours", { "\($0.start)–\($0.end)" }, csvCell: { "\($0.start)-\($0.end)" }),
            ListColumn("Phòng", csv: "room") { $0.room ?? "" },
            ListColumn("Giảng viên", csv: "lecturers") { $0.lecturers.joined(separator: ",") },
            ListColumn("Trạng thái", csv: "status") { $0.status.rawValue },
        ]
    }
}
